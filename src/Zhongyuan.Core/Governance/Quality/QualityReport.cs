namespace Zhongyuan.Governance.Quality;

/// <summary>The quality of one version as users see it: the stored assessment plus timeliness and the overall score.</summary>
/// <param name="Assessment">The stored assessment.</param>
/// <param name="Scores">All five scores, timeliness included.</param>
/// <param name="LoadedAt">When the version became current.</param>
/// <param name="ReplacedAt">When a later version replaced it; null while current.</param>
public sealed record QualityReport(QualityAssessment Assessment, QualityScores Scores, DateTimeOffset LoadedAt, DateTimeOffset? ReplacedAt)
{
    /// <summary>The overall score.</summary>
    public double? Overall => Scores.Overall;
}
