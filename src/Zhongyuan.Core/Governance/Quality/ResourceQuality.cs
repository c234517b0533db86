namespace Zhongyuan.Governance.Quality;

/// <summary>One row of a department's quality league table: a resource's current version.</summary>
/// <param name="Code">The resource code.</param>
/// <param name="Name">The resource name.</param>
/// <param name="Version">Its current version.</param>
/// <param name="Rows">Rows of that version.</param>
/// <param name="Scores">Its scores, timeliness included.</param>
/// <param name="Overall">Its overall score.</param>
public sealed record ResourceQuality(string Code, string Name, int Version, long Rows, QualityScores Scores, double? Overall);
