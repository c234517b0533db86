namespace Zhongyuan.Governance.Quality;

/// <summary>An assessment as stored, with what timeliness and league tables need.</summary>
/// <param name="Assessment">The assessment.</param>
/// <param name="LoadedAt">When its version became current.</param>
/// <param name="ReplacedAt">When a later version replaced it; null while current.</param>
/// <param name="ProviderId">The resource's provider department.</param>
public sealed record StoredAssessment(QualityAssessment Assessment, DateTimeOffset LoadedAt, DateTimeOffset? ReplacedAt, long ProviderId);
