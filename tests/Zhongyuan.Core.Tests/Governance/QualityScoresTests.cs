using Zhongyuan.Catalog;
using Zhongyuan.Governance.Quality;

namespace Zhongyuan.Tests.Governance;

public sealed class QualityScoresTests
{
    [Fact]
    public void Overall_AllDimensions_WeightedMean()
    {
        var scores = new QualityScores(100, 50, 100, 100, 0);

        // 0.2·100 + 0.3·50 + 0.15·100 + 0.2·100 + 0.15·0 = 70
        Assert.Equal(70.0, scores.Overall);
    }

    [Fact]
    public void Overall_SomeDimensionsMissing_WeightsRenormalised()
    {
        var scores = new QualityScores(80, 60, null, null, null);

        // (0.2·80 + 0.3·60) / 0.5 = 68
        Assert.Equal(68.0, scores.Overall);
        Assert.Null(new QualityScores(null, null, null, null, null).Overall);
    }

    [Theory]
    [InlineData(0, 10, 100.0)]
    [InlineData(1, 3, 66.7)]
    [InlineData(5, 5, 0.0)]
    [InlineData(7, 5, 0.0)]
    public void Score_FailedOfTotal_OneDecimal(long failed, long total, double expected) => Assert.Equal(expected, QualityScores.Score(failed, total));

    [Fact]
    public void Score_NoUnits_Null() => Assert.Null(QualityScores.Score(0, 0));

    [Theory]
    [InlineData(UpdateCycle.Daily, 0.5, 100.0)]
    [InlineData(UpdateCycle.Daily, 1, 100.0)]
    [InlineData(UpdateCycle.Daily, 2, 50.0)]
    [InlineData(UpdateCycle.Daily, 3, 0.0)]
    [InlineData(UpdateCycle.Daily, 30, 0.0)]
    [InlineData(UpdateCycle.Weekly, 14, 50.0)]
    [InlineData(UpdateCycle.Monthly, 31, 100.0)]
    public void Timeliness_AgeAgainstCycle_LinearFromOneToThreeCycles(UpdateCycle cycle, double days, double expected)
    {
        var loaded = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, Timeliness.Score(cycle, loaded, loaded.AddDays(days)));
    }

    [Fact]
    public void Timeliness_Irregular_NotApplicable() =>
        Assert.Null(Timeliness.Score(UpdateCycle.Irregular, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(5)));
}
