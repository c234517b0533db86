namespace Zhongyuan.Governance.Quality;

/// <summary>
/// The quality assessment of one dataset version, made when the version is loaded (or re-made on demand). The
/// timeliness score depends on the clock and is added when read (<see cref="Timeliness"/>).
/// </summary>
public sealed record QualityAssessment
{
    /// <summary>The resource.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>The version assessed.</summary>
    public required int Version { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset AssessedAt { get; init; }

    /// <summary>Rows of the version.</summary>
    public required long Rows { get; init; }

    /// <summary>Rows the load that made the version rejected (conversion and error-severity rules).</summary>
    public required long RowsRejected { get; init; }

    /// <summary>Scores without timeliness.</summary>
    public required QualityScores Scores { get; init; }

    /// <summary>Per item, the share of filled cells (0–100).</summary>
    public required IReadOnlyDictionary<string, double> ItemCompleteness { get; init; }

    /// <summary>What each rule found.</summary>
    public required IReadOnlyList<RuleOutcome> Rules { get; init; }

    /// <summary>Values the load's standardisers rewrote.</summary>
    public required IReadOnlyList<StandardizationCount> Standardized { get; init; }

    /// <summary>The failing rows (Parquet: <c>rule, code, _zy_row_id</c>), relative to the data directory; null when none fail.</summary>
    public string? FailuresFile { get; init; }
}
