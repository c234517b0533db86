using System.Globalization;
using System.Text;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Export;
using Zhongyuan.Ingest.Query;
using SortKey = Zhongyuan.Ingest.Query.SortKey;

namespace Zhongyuan.Tests.Ingest.Export;

/// <summary>
/// An export in a version's own order reads a version numbered by position in file order without sorting it, and only
/// when DuckDB's plan keeps that order; every export comes out in position order either way.
/// </summary>
public sealed class ExportFileOrderTests : IDisposable
{
    private const int Rows = 300_000;
    private readonly string _directory = Directory.CreateTempSubdirectory("zy-export-order-").FullName;
    private readonly string _file;
    private static readonly IngestColumn[] Columns = [new("编号", ItemDataType.Integer, true), new("名称", ItemDataType.Text, false)];

    public ExportFileOrderTests()
    {
        // Numbered by position (no _zy_row column), in 30 row groups so that two threads scan it in parallel.
        _file = Path.Combine(_directory, "v.parquet");
        using var duck = DataPlane.OpenReader();
        using var c = duck.CreateCommand();
        c.CommandText = $"COPY (SELECT range AS 编号, '名' || range AS 名称, CAST(NULL AS STRUCT(k INTEGER)[]) AS _zy_failures FROM range({Rows})) " +
            $"TO {DataPlane.Literal(_file)} (FORMAT PARQUET, ROW_GROUP_SIZE 10000)";
        c.ExecuteNonQuery();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ExportAsync_NoSort_ReadsInFileOrderWithoutSorting()
    {
        var view = RowsView.Of(_file, Columns);
        using var duck = DataPlane.OpenReader();

        var query = RowsExporter.InFileOrderWhenKept(duck, RowsQueryBuilder.Export(view, new RowsRequest()));

        Assert.DoesNotContain("ORDER BY", query.Sql, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(0, Rows).Select(i => i.ToString(CultureInfo.InvariantCulture)), await ExportFirstColumn(view, new RowsRequest()));
    }

    [Fact]
    public async Task ExportAsync_InFilterOfManyValues_KeepsTheSortBecauseThePlanJoins()
    {
        var wanted = Enumerable.Range(0, 60).Select(i => i * 4_999L).ToList();
        var request = new RowsRequest(Filter: FilterParser.Parse($"编号 in ({string.Join(", ", wanted)})"));
        var view = RowsView.Of(_file, Columns);
        using var duck = DataPlane.OpenReader();

        var query = RowsExporter.InFileOrderWhenKept(duck, RowsQueryBuilder.Export(view, request));

        Assert.Contains("ORDER BY", query.Sql, StringComparison.Ordinal);
        Assert.Equal(wanted.Select(i => i.ToString(CultureInfo.InvariantCulture)), await ExportFirstColumn(view, request));
    }

    [Fact]
    public async Task ExportAsync_ViewWithRowFilter_InFileOrder()
    {
        var view = RowsView.Project(_file, Columns, FilterParser.Parse("编号 >= 1000"), [new ViewColumn("编号"), new ViewColumn("名称")], []);
        using var duck = DataPlane.OpenReader();

        var query = RowsExporter.InFileOrderWhenKept(duck, RowsQueryBuilder.Export(view, new RowsRequest()));

        Assert.DoesNotContain("ORDER BY", query.Sql, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1000, Rows - 1000).Select(i => i.ToString(CultureInfo.InvariantCulture)), await ExportFirstColumn(view, new RowsRequest()));
    }

    [Fact]
    public void Export_WithSort_HasNoFileOrderVariant()
    {
        var query = RowsQueryBuilder.Export(RowsView.Of(_file, Columns), new RowsRequest(Sort: [new SortKey("名称", Descending: false)]));

        Assert.Null(query.InFileOrder);
    }

    private static async Task<List<string>> ExportFirstColumn(RowsView view, RowsRequest request)
    {
        using var duck = DataPlane.OpenReader();
        using var output = new MemoryStream();
        await RowsExporter.ExportAsync(duck, view, request with { Select = ["编号"] }, new ExportOptions(ExportFormat.Csv, CsvEncoding.Utf8), output);
        return [.. Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)];
    }
}
