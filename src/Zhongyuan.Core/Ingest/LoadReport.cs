namespace Zhongyuan.Ingest;

/// <summary>What a load found besides its rows: how columns were bound and where the rejects are.</summary>
/// <param name="BoundColumns">Item name → the source column it was read from.</param>
/// <param name="UnknownColumns">Source columns no item uses (ignored).</param>
/// <param name="MissingItems">Items the source has no column for (loaded as empty).</param>
/// <param name="RejectsFile">The reject report (CSV: row, column, reason, original text), relative to the data directory.</param>
/// <param name="RejectReasons">Rejected values per reason code (conversion reasons and rule failure codes).</param>
/// <param name="Standardized">Values the item standardisers rewrote, per item and rule.</param>
public sealed record LoadReport(
    IReadOnlyDictionary<string, string> BoundColumns,
    IReadOnlyList<string> UnknownColumns,
    IReadOnlyList<string> MissingItems,
    string? RejectsFile,
    IReadOnlyDictionary<string, long> RejectReasons,
    IReadOnlyList<Governance.StandardizationCount>? Standardized = null);
