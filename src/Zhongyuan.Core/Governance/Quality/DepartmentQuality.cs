using Zhongyuan.Departments;

namespace Zhongyuan.Governance.Quality;

/// <summary>
/// A department's place in the quality ranking: the mean scores of its resources' current versions (each resource
/// counts once, whatever its size), with its league table of resources best first.
/// </summary>
/// <param name="Rank">1 for the best; departments without assessed data come last, unranked (0).</param>
/// <param name="DepartmentId">The department.</param>
/// <param name="Name">Its name.</param>
/// <param name="Level">Province, city or county.</param>
/// <param name="ResourcesAssessed">Resources with an assessed current version.</param>
/// <param name="Scores">Mean scores per dimension (over the resources where it applies).</param>
/// <param name="Overall">Mean overall score.</param>
/// <param name="Resources">The league table of its resources, best first (empty in the province-wide list).</param>
public sealed record DepartmentQuality(int Rank, long DepartmentId, string Name, DepartmentLevel Level, int ResourcesAssessed,
    QualityScores Scores, double? Overall, IReadOnlyList<ResourceQuality> Resources);
