using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Tests.Ingest.Query;

public sealed class ColumnProfilerTests(SampleVersion version) : IClassFixture<SampleVersion>
{
    [Fact]
    public void Profile_EveryColumn_NullsMinMaxMeanTop()
    {
        var profiles = ColumnProfiler.Profile(version.Connection, version.Path, SampleVersion.Columns).ToDictionary(p => p.Name);
        var people = version.Rows;

        Assert.Equal(6, profiles.Count);
        var income = profiles["月收入"];
        Assert.Equal(SampleVersion.RowCount, income.Rows);
        Assert.Equal(people.Count(p => p.Income is null), income.NullCount);
        Assert.Equal("0.5", income.Min);
        Assert.Equal("9000.5", income.Max);
        Assert.Equal((double)people.Where(p => p.Income is not null).Average(p => p.Income!.Value), income.Mean!.Value, 6);
        Assert.InRange(income.DistinctEstimate, 9, 11);
        Assert.Equal(10, income.Top.Count);
        Assert.Equal(people.Count(p => p.Income == 1000.5m), income.Top.Single(t => t.Value == "1000.5").Count);

        var sex = profiles["性别"];
        Assert.Equal([new ValueCount("女", 500), new ValueCount("男", 500)], sex.Top);
        Assert.Null(sex.Mean);

        var birth = profiles["出生日期"];
        Assert.Equal(people.Where(p => p.Birth is not null).Min(p => p.Birth)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), birth.Min);
        Assert.Equal(people.Count(p => p.Birth is null), birth.NullCount);
        Assert.Equal(people.Count(p => p.Name is null), profiles["姓名"].NullCount);
        Assert.InRange(profiles["公民身份号码"].DistinctEstimate, 850, 1150);
        Assert.Equal(people.Count(p => p.Employed), profiles["是否在职"].Top.Single(t => t.Value == "true").Count);
    }

    [Fact]
    public void Profile_Json_CamelCaseRoundTrip()
    {
        var profiles = ColumnProfiler.Profile(version.Connection, version.Path, SampleVersion.Columns);

        var json = JsonSerializer.Serialize(profiles, CatalogJson.Options);
        var back = JsonSerializer.Deserialize<List<ColumnProfile>>(json, CatalogJson.Options)!;

        Assert.Contains("\"nullCount\":", json, StringComparison.Ordinal);
        Assert.Contains("\"distinctEstimate\":", json, StringComparison.Ordinal);
        Assert.Equal(profiles.Select(p => p.Top.Count), back.Select(p => p.Top.Count));
        Assert.Equal(profiles[4] with { Top = [] }, back[4] with { Top = [] });
    }
}
