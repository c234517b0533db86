using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>A validation failure on one field of a request.</summary>
/// <param name="Field">The field path in camelCase, e.g. <c>items[2].length</c>.</param>
/// <param name="Code">A stable machine-readable rule code, e.g. <c>share_basis_required</c>.</param>
/// <param name="Message">The message users read.</param>
public sealed record FieldError(string Field, string Code, LocalizedText Message)
{
    /// <summary>Creates an error with Chinese and English text.</summary>
    public static FieldError Of(string field, string code, string zh, string en) => new(field, code, new LocalizedText(zh, en));
}
