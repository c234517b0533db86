using Zhongyuan.Ingest;

namespace Zhongyuan.Governance.Quality;

/// <summary>What <see cref="QualityAssessor"/> needs to assess one version.</summary>
/// <param name="ResourceCode">The resource.</param>
/// <param name="Version">The version number (0 while the version is not yet committed).</param>
/// <param name="VersionFile">The version's Parquet file (full path).</param>
/// <param name="Columns">Its columns.</param>
/// <param name="Plan">The rules.</param>
/// <param name="RowsRejected">Rows the load rejected.</param>
/// <param name="Standardized">What the load's standardisers changed.</param>
/// <param name="FailuresFile">Where to write the failing rows (full path).</param>
/// <param name="References">The current versions of the resources the exists-in rules name, by code (those without data are absent).</param>
/// <param name="Profile">The version's column profiles when already computed (a load profiles first): their row and null counts spare a scan.</param>
public sealed record AssessmentInput(
    string ResourceCode,
    int Version,
    string VersionFile,
    IReadOnlyList<IngestColumn> Columns,
    GovernancePlan Plan,
    long RowsRejected,
    IReadOnlyList<StandardizationCount> Standardized,
    string FailuresFile,
    IReadOnlyDictionary<string, ReferencedVersion> References,
    IReadOnlyList<Ingest.Query.ColumnProfile>? Profile = null);
