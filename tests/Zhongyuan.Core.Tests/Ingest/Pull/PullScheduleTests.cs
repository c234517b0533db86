using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Tests.Ingest.Pull;

public sealed class PullScheduleTests
{
    private static readonly DateTimeOffset Last = new(2024, 1, 31, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(UpdateCycle.RealTime, "2024-01-31T08:05:00Z")]
    [InlineData(UpdateCycle.Daily, "2024-02-01T08:00:00Z")]
    [InlineData(UpdateCycle.Weekly, "2024-02-07T08:00:00Z")]
    [InlineData(UpdateCycle.Monthly, "2024-02-29T08:00:00Z")]
    [InlineData(UpdateCycle.Quarterly, "2024-04-30T08:00:00Z")]
    [InlineData(UpdateCycle.HalfYearly, "2024-07-31T08:00:00Z")]
    [InlineData(UpdateCycle.Yearly, "2025-01-31T08:00:00Z")]
    public void NextRun_Cycle_OneCycleLater(UpdateCycle cycle, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PullSchedule.NextRun(cycle, Last));
    }

    [Fact]
    public void NextRun_Irregular_OnDemandOnly()
    {
        Assert.Null(PullSchedule.NextRun(UpdateCycle.Irregular, Last));
    }

    [Fact]
    public void IsDue_EnabledAndReached_TrueElseFalse()
    {
        var source = new PullSource { ResourceCode = "x", Kind = PullKind.Http, Url = "http://h/a.csv", NextRunAt = Last };

        Assert.True(PullSchedule.IsDue(source, Last));
        Assert.False(PullSchedule.IsDue(source, Last.AddSeconds(-1)));
        Assert.False(PullSchedule.IsDue(source with { Enabled = false }, Last));
        Assert.False(PullSchedule.IsDue(source with { NextRunAt = null }, Last));
    }
}
