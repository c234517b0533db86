namespace Zhongyuan.Governance.Quality;

/// <summary>
/// Scores 0–100 per dimension; null where a dimension does not apply (no key, no cross rules, an irregular update
/// cycle, an empty version). <see cref="Overall"/> is the weighted mean of the scores that apply, with
/// <see cref="Weights"/> renormalised over them.
/// </summary>
public sealed record QualityScores(double? Completeness, double? Validity, double? Uniqueness, double? Consistency, double? Timeliness)
{
    /// <summary>The documented weights of the overall score (docs/governance.md).</summary>
    public static IReadOnlyDictionary<QualityDimension, double> Weights { get; } = new Dictionary<QualityDimension, double>
    {
        [QualityDimension.Completeness] = 0.20,
        [QualityDimension.Validity] = 0.30,
        [QualityDimension.Uniqueness] = 0.15,
        [QualityDimension.Consistency] = 0.20,
        [QualityDimension.Timeliness] = 0.15,
    };

    /// <summary>The weighted mean of the scores that apply, rounded to one decimal; null when none applies.</summary>
    public double? Overall
    {
        get
        {
            var parts = new[]
            {
                (QualityDimension.Completeness, Completeness), (QualityDimension.Validity, Validity), (QualityDimension.Uniqueness, Uniqueness),
                (QualityDimension.Consistency, Consistency), (QualityDimension.Timeliness, Timeliness),
            }.Where(p => p.Item2 is not null).ToList();
            var weight = parts.Sum(p => Weights[p.Item1]);
            return parts.Count == 0 ? null : Math.Round(parts.Sum(p => Weights[p.Item1] * p.Item2!.Value) / weight, 1);
        }
    }

    /// <summary>A score from a count of failing units out of a total: 100 × (1 − failed / total), one decimal; null when total is 0.</summary>
    public static double? Score(long failed, long total) => total <= 0 ? null : Math.Round(100.0 * (1 - (double)Math.Min(failed, total) / total), 1);
}
