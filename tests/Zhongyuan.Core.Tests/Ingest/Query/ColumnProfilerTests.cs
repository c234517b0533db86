using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
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

    [Fact]
    public void Profile_LargeVersion_TopCandidatesFromASample_CountsAndOtherFiguresExact()
    {
        var directory = Directory.CreateTempSubdirectory("zy-profile-").FullName;
        try
        {
            var file = System.IO.Path.Combine(directory, "v.parquet");
            IngestColumn[] columns = [new("城市", ItemDataType.Text, false), new("编号", ItemDataType.Integer, false)];
            const long rows = 1_200_000;
            using var duck = DataPlane.OpenDuckDb(directory);
            // 城市: 40 values with skewed frequencies (value k about k² times as often as value 1); 编号: unique, with the
            // smallest and largest on rows the sample skips.
            LoadPipeline.Execute(duck, $"COPY (SELECT i + 1 AS _zy_row, 'C' || CAST(floor(sqrt((i * 7919) % 1600)) AS INTEGER) AS 城市, " +
                $"CASE WHEN i = 3 THEN -5 WHEN i = 5 THEN {rows * 10} ELSE i END AS 编号 FROM range({rows}) AS t(i)) TO {DataPlane.Literal(file)} (FORMAT PARQUET)");
            var exact = new List<ValueCount>();
            using (var command = duck.CreateCommand())
            {
                command.CommandText = $"SELECT 城市, count(*) FROM read_parquet({DataPlane.Literal(file)}) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    exact.Add(new ValueCount(reader.GetString(0), reader.GetInt64(1)));
                }
            }

            var sampled = ColumnProfiler.Profile(duck, file, columns, rows);

            Assert.True(rows > 2 * ColumnProfiler.CandidateSample);
            Assert.Equal(exact, sampled[0].Top);
            Assert.Equal(rows, sampled[1].Rows);
            Assert.Equal("-5", sampled[1].Min);
            Assert.Equal((rows * 10).ToString(System.Globalization.CultureInfo.InvariantCulture), sampled[1].Max);
            Assert.All(sampled[1].Top, t => Assert.Equal(1, t.Count));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
