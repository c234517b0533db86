using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest;

/// <summary>A load to run: the source is already on disk in the job's staging directory.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Resource">The resource loaded into; its information items are the columns.</param>
/// <param name="SourcePath">The staged source file.</param>
/// <param name="SourceName">The name the source had (file name or URL), for format detection and history.</param>
/// <param name="Mode">Full or incremental.</param>
/// <param name="Actor">Who loads.</param>
public sealed record LoadRequest(string JobId, Resource Resource, string SourcePath, string SourceName, LoadMode Mode, string Actor)
{
    /// <summary>The default share of rejected rows above which a load fails as a whole.</summary>
    public const double DefaultMaxRejectRatio = 0.05;

    /// <summary>The share of rejected rows (0–1) above which the load fails as a whole.</summary>
    public double MaxRejectRatio { get; init; } = DefaultMaxRejectRatio;

    /// <summary>
    /// Whether governance runs: the resource's standardisers and validators during the load, and the quality assessment
    /// of the version. True except to measure what governance costs; a version loaded without it is assessed when
    /// its quality is first asked for.
    /// </summary>
    public bool ApplyRules { get; init; } = true;

    /// <summary>For a workbook: the sheet to read (the first when null).</summary>
    public string? Sheet { get; init; }

    /// <summary>Item name → source column, overriding binding by name.</summary>
    public IReadOnlyDictionary<string, string>? Mapping { get; init; }

    /// <summary>
    /// Called on the load's thread at the end of each stage with its name and wall time, so benchmarks and
    /// diagnostics can tell where the time goes. Stages in order: <c>transcode</c> (non-UTF-8 text only),
    /// <c>stage</c> (format and header checks; XLSX and JSON are read into a staging table here), <c>convert</c> (one
    /// streaming scan of the source that converts and checks every value into a Parquet file of the job), <c>rejects</c>
    /// (the rejected values and the reject report), <c>write</c> (the version's Parquet file; for an incremental load
    /// also the merge), <c>profile</c> (column profiles), <c>quality</c> (the quality assessment), <c>commit</c> (moving the
    /// files, the version row).
    /// </summary>
    public Action<string, TimeSpan>? StageTimings { get; init; }
}
