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
