using Zhongyuan.Catalog;

namespace Zhongyuan.Governance.Quality;

/// <summary>
/// 及时性: a version is on time while its age is within one update cycle (100), then loses score linearly until it
/// reaches 0 at three cycles. The age of a version that has been replaced is the time until it was replaced; of
/// the current version, the time until now. Irregular resources have no timeliness score.
/// </summary>
public static class Timeliness
{
    /// <summary>The length of an update cycle; null for <see cref="UpdateCycle.Irregular"/>.</summary>
    public static TimeSpan? Period(UpdateCycle cycle) => cycle switch
    {
        UpdateCycle.RealTime or UpdateCycle.Daily => TimeSpan.FromDays(1),
        UpdateCycle.Weekly => TimeSpan.FromDays(7),
        UpdateCycle.Monthly => TimeSpan.FromDays(31),
        UpdateCycle.Quarterly => TimeSpan.FromDays(92),
        UpdateCycle.HalfYearly => TimeSpan.FromDays(183),
        UpdateCycle.Yearly => TimeSpan.FromDays(366),
        _ => null,
    };

    /// <summary>The score of a version loaded at <paramref name="loadedAt"/> and current until <paramref name="until"/>.</summary>
    public static double? Score(UpdateCycle cycle, DateTimeOffset loadedAt, DateTimeOffset until)
    {
        if (Period(cycle) is not { } period)
        {
            return null;
        }
        var late = (until - loadedAt - period) / (2 * period);
        return Math.Round(100 * Math.Clamp(1 - late, 0, 1), 1);
    }
}
