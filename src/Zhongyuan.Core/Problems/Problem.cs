using Zhongyuan.Catalog;
using Zhongyuan.Localization;

namespace Zhongyuan.Problems;

/// <summary>An expected failure: its kind, a title users read, and the field errors for validation.</summary>
public sealed record Problem(ProblemKind Kind, LocalizedText Title, IReadOnlyList<FieldError> Errors)
{
    /// <summary>A validation failure listing its fields.</summary>
    public static Problem Invalid(IReadOnlyList<FieldError> errors) =>
        new(ProblemKind.Validation, new LocalizedText("提交的内容未通过校验", "The request did not pass validation"), errors);

    /// <summary>A missing thing.</summary>
    public static Problem NotFound(string zh, string en) => new(ProblemKind.NotFound, new LocalizedText(zh, en), []);

    /// <summary>A state conflict.</summary>
    public static Problem Conflict(string zh, string en) => new(ProblemKind.Conflict, new LocalizedText(zh, en), []);

    /// <summary>A refusal.</summary>
    public static Problem Forbidden(string zh, string en) => new(ProblemKind.Forbidden, new LocalizedText(zh, en), []);
}
