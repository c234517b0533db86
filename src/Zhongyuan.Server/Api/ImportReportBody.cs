using Zhongyuan.Catalog.Exchange;

namespace Zhongyuan.Server.Api;

/// <summary>The answer to an import: rows created, updated and rejected with messages in the caller's language.</summary>
/// <param name="Created">Created rows and their new codes.</param>
/// <param name="Updated">Updated rows and their codes.</param>
/// <param name="Rejected">Rejected rows with each field error.</param>
public sealed record ImportReportBody(IReadOnlyList<ImportedRow> Created, IReadOnlyList<ImportedRow> Updated, IReadOnlyList<RejectedRowBody> Rejected)
{
    internal static ImportReportBody From(ImportReport report, bool english) =>
        new(report.Created, report.Updated, [.. report.Rejected.Select(r => new RejectedRowBody(r.Row,
            [.. r.Errors.Select(e => new FieldErrorBody(e.Field, e.Code, e.Message.In(english)))]))]);
}
