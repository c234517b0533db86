using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

/// <summary>An invalid rows request (filter syntax, unknown column, value of the wrong type, bad cursor…): a 400 for the caller.</summary>
public sealed class QueryException : Exception
{
    /// <summary>Creates the exception from one or more errors.</summary>
    public QueryException(IReadOnlyList<FieldError> errors)
        : base(errors.Count > 0 ? errors[0].Message.En : "Invalid query.") => Errors = errors;

    /// <summary>Creates the exception from one error.</summary>
    public QueryException(FieldError error)
        : this([error])
    {
    }

    /// <summary>The errors, Chinese and English, with the request field each concerns (<c>filter</c>, <c>sort</c>, <c>after</c>…).</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    internal static QueryException Of(string field, string code, string zh, string en) => new(FieldError.Of(field, code, zh, en));
}
