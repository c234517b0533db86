namespace Zhongyuan.Catalog.Exchange;

/// <summary>What a catalog import did, row by row.</summary>
/// <param name="Created">New entries: the file's row and the generated code.</param>
/// <param name="Updated">Entries that named an existing code and were changed.</param>
/// <param name="Rejected">Rows that were not saved, with every reason.</param>
public sealed record ImportReport(
    IReadOnlyList<ImportedRow> Created, IReadOnlyList<ImportedRow> Updated, IReadOnlyList<RejectedRow> Rejected);
