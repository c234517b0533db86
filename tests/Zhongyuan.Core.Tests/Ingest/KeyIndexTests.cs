using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Tests.Ingest;

/// <summary>
/// The key index holds DuckDB's hash of the stored key: a lookup hashes the filter value as the key's stored type, so
/// keys of every type find the same rows with the index as without it.
/// </summary>
public sealed class KeyIndexTests
{
    public static TheoryData<ItemDataType, string, string, string> Keys => new()
    {
        // type, the stored key of row i (SQL over i), a value present, a value absent
        { ItemDataType.Text, "'K' || lpad(CAST(i AS VARCHAR), 6, '0')", "K001234", "K999999" },
        { ItemDataType.Integer, "i * 7", "8638", "8639" },
        { ItemDataType.Decimal, "CAST(i AS DECIMAL(38,10)) / 4", "308.5", "308.55" },
        { ItemDataType.Date, "DATE '2000-01-01' + CAST(i AS INTEGER)", "2003-05-19", "1999-12-31" },
        { ItemDataType.Timestamp, "TIMESTAMP '2020-01-01 00:00:00' + to_minutes(i)", "2020-01-01 20:34:00", "2020-01-01 20:34:30" },
    };

    [Theory, MemberData(nameof(Keys))]
    public void Lookup_KeyOfEachType_SameRowsWithAndWithoutTheIndex(ItemDataType type, string key, string present, string absent)
    {
        var directory = Directory.CreateTempSubdirectory("zy-key-index-").FullName;
        try
        {
            var file = Path.Combine(directory, "v.parquet");
            IngestColumn[] columns = [new("键", type, IsKey: true), new("值", ItemDataType.Text, IsKey: false)];
            using (var duck = DataPlane.OpenDuckDb(directory))
            {
                // Rows in reverse key order, three row groups, so the index has to do the finding.
                LoadPipeline.Execute(duck, $"COPY (SELECT 5000 - i AS {IngestColumn.RowId}, CAST({key} AS {IngestColumn.DuckDbType(type)}) AS 键, 'v' || i AS 值 " +
                    $"FROM range(5000) AS t(i) ORDER BY 1) TO {DataPlane.Literal(file)} (FORMAT PARQUET, ROW_GROUP_SIZE 2048)");
                LoadPipeline.WriteKeyIndex(duck, columns, file);
            }
            var filters = new[] { $"键 = '{present}'", $"键 = '{absent}'", $"键 in ('{present}', '{absent}')", $"键 = '{present}' or 值 = 'v7'" };

            var withIndex = filters.Select(filter => Rows(file, columns, filter)).ToList();
            var setup = RowsQueryBuilder.Page(RowsView.Of(file, columns), new RowsRequest(Filter: FilterParser.Parse(filters[0]), Limit: 10)).Setup;
            File.Delete(DataPlane.KeyIndexOf(file));
            var withoutIndex = filters.Select(filter => Rows(file, columns, filter)).ToList();

            Assert.Single(setup);
            Assert.Equal(["v1234"], withIndex[0]);
            Assert.Empty(withIndex[1]);
            Assert.Equal(["v1234"], withIndex[2]);
            Assert.Equal(["v1234", "v7"], withIndex[3].Order(StringComparer.Ordinal));
            Assert.Equal(withoutIndex, withIndex);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<string> Rows(string file, IReadOnlyList<IngestColumn> columns, string filter)
    {
        using var duck = DataPlane.OpenReader();
        return [.. RowsReader.Query(duck, file, columns, new RowsRequest(Filter: FilterParser.Parse(filter), Limit: 100)).Rows.Select(r => (string)r[^1]!)];
    }
}

/// <summary>The key-duplicate rule finds the same rows through the key index as by grouping every key.</summary>
public sealed class KeyDuplicateRuleTests
{
    [Fact]
    public void Assess_CompositeKeyWithNullsAndSharedFirstItems_SameDuplicatesWithAndWithoutTheIndex()
    {
        var directory = Directory.CreateTempSubdirectory("zy-key-rule-").FullName;
        try
        {
            var file = Path.Combine(directory, "v.parquet");
            IngestColumn[] columns = [new("编号", ItemDataType.Text, IsKey: true), new("年度", ItemDataType.Integer, IsKey: true), new("值", ItemDataType.Text, IsKey: false)];
            using var duck = DataPlane.OpenDuckDb(directory);
            // 编号 repeats every 100 rows; 年度 is NULL on every 7th row and otherwise repeats every 3 rows: full-key
            // duplicates, first-item duplicates that differ in 年度, and keys with a NULL part (never duplicates).
            LoadPipeline.Execute(duck, $"COPY (SELECT i + 1 AS {IngestColumn.RowId}, 'K' || (i % 100) AS 编号, CASE WHEN i % 7 = 0 THEN NULL ELSE i % 3 END AS 年度, " +
                $"'v' || i AS 值 FROM range(1000) AS t(i)) TO {DataPlane.Literal(file)} (FORMAT PARQUET)");
            var expected = LoadPipeline.Scalar<long>(duck, "SELECT CAST(sum(n - 1) AS BIGINT) FROM (SELECT count(*) AS n FROM " +
                $"read_parquet({DataPlane.Literal(file)}) WHERE 编号 IS NOT NULL AND 年度 IS NOT NULL GROUP BY 编号, 年度)");
            var functions = Zhongyuan.Governance.GovernanceFunctions.Register(duck, Zhongyuan.Governance.GovernancePlan.None, new DateOnly(2026, 11, 30));
            long KeyFailures(string name) => Zhongyuan.Governance.Quality.QualityAssessor.Assess(duck, functions,
                new Zhongyuan.Governance.Quality.AssessmentInput("R", 1, file, columns, Zhongyuan.Governance.GovernancePlan.None, 0, [], Path.Combine(directory, name),
                    new Dictionary<string, Zhongyuan.Governance.Quality.ReferencedVersion>()), DateTimeOffset.UnixEpoch).Rules.Single(r => r.Rule == "key").FailedRows;

            var without = KeyFailures("without.parquet");
            LoadPipeline.WriteKeyIndex(duck, columns, file);
            var with = KeyFailures("with.parquet");

            Assert.True(expected > 500, $"only {expected} duplicates");
            Assert.Equal(expected, without);
            Assert.Equal(expected, with);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
