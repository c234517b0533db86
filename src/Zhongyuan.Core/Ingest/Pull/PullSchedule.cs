using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Pull;

/// <summary>When a pull source runs, following the resource's 更新周期.</summary>
public static class PullSchedule
{
    /// <summary>How often a 实时 resource is pulled.</summary>
    public static readonly TimeSpan RealTimeInterval = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The next run after a run (or the configuration) at <paramref name="last"/>: 实时 every 5 minutes, then one
    /// day, week, calendar month, quarter (3 months), half year (6 months) or year later; null for 不定期 (on demand only).
    /// </summary>
    public static DateTimeOffset? NextRun(UpdateCycle cycle, DateTimeOffset last) => cycle switch
    {
        UpdateCycle.RealTime => last + RealTimeInterval,
        UpdateCycle.Daily => last.AddDays(1),
        UpdateCycle.Weekly => last.AddDays(7),
        UpdateCycle.Monthly => last.AddMonths(1),
        UpdateCycle.Quarterly => last.AddMonths(3),
        UpdateCycle.HalfYearly => last.AddMonths(6),
        UpdateCycle.Yearly => last.AddYears(1),
        _ => null,
    };

    /// <summary>Whether the scheduler should run the source at <paramref name="now"/>.</summary>
    public static bool IsDue(PullSource source, DateTimeOffset now) =>
        source.Enabled && source.NextRunAt is { } next && next <= now;
}
