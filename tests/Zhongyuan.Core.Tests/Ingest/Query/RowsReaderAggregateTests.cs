using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Tests.Ingest.Query;

public sealed class RowsReaderAggregateTests(SampleVersion version) : IClassFixture<SampleVersion>
{
    private IReadOnlyList<SampleVersion.Person> People => version.Rows;

    private (IReadOnlyList<AggregateGroup> Groups, bool More) Aggregate(AggregateRequest request) =>
        RowsReader.Aggregate(version.Connection, RowsView.Of(version.Path, SampleVersion.Columns), request);

    [Fact]
    public void Aggregate_CountBySexWithFilter_MatchesGroupBy()
    {
        var (groups, more) = Aggregate(new AggregateRequest("性别", AggregateFunction.Count, null, FilterParser.Parse("月收入 > 5000")));

        var expected = People.Where(p => p.Income > 5000).GroupBy(p => p.Sex).ToDictionary(g => g.Key, g => (double?)g.Count(), StringComparer.Ordinal);
        Assert.Equal(expected, groups.ToDictionary(g => (string)g.Category!, g => g.Value, StringComparer.Ordinal));
        Assert.All(groups, g => Assert.Equal(g.Value, g.Rows));
        Assert.False(more);
    }

    [Fact]
    public void Aggregate_SumAndAvgOfIncome_MatchNonNullValuesLargestFirst()
    {
        var sums = Aggregate(new AggregateRequest("性别", AggregateFunction.Sum, "月收入", null)).Groups;
        var averages = Aggregate(new AggregateRequest("性别", AggregateFunction.Avg, "月收入", null)).Groups;

        foreach (var g in People.GroupBy(p => p.Sex))
        {
            var incomes = g.Where(p => p.Income is not null).Select(p => (double)p.Income!.Value).ToList();
            Assert.Equal(incomes.Sum(), sums.Single(s => Equals(s.Category, g.Key)).Value!.Value, 6);
            Assert.Equal(incomes.Average(), averages.Single(s => Equals(s.Category, g.Key)).Value!.Value, 6);
            Assert.Equal(g.Count(), sums.Single(s => Equals(s.Category, g.Key)).Rows);
        }
        Assert.True(sums.Zip(sums.Skip(1)).All(p => p.First.Value >= p.Second.Value));
    }

    [Fact]
    public void Aggregate_Limit_KeepsTopGroupsAndSaysMore()
    {
        var (groups, more) = Aggregate(new AggregateRequest("月收入", AggregateFunction.Count, null, null, Limit: 3));

        Assert.Equal(3, groups.Count);
        Assert.True(more);
    }

    [Theory]
    [InlineData("性别", AggregateFunction.Sum, "姓名", "value_not_numeric")]
    [InlineData("性别", AggregateFunction.Avg, null, "value_required")]
    [InlineData("不存在", AggregateFunction.Count, null, "unknown_column")]
    [InlineData("性别", AggregateFunction.Sum, "\"; DROP TABLE t; --", "unknown_column")]
    public void Aggregate_InvalidRequest_Refused(string category, AggregateFunction function, string? value, string code)
    {
        var e = Assert.Throws<QueryException>(() => Aggregate(new AggregateRequest(category, function, value, null)));

        Assert.Equal(code, e.Errors[0].Code);
    }

    [Fact]
    public void Aggregate_LimitOutOfRange_Refused() =>
        Assert.Throws<QueryException>(() => Aggregate(new AggregateRequest("性别", AggregateFunction.Count, null, null, Limit: AggregateRequest.MaxLimit + 1)));
}
