using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using MiniExcelLibs;
using Zhongyuan.Ingest.Export;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Tests.Ingest.Query;
using SortKey = Zhongyuan.Ingest.Query.SortKey;

namespace Zhongyuan.Tests.Ingest.Export;

public sealed class RowsExporterTests(SampleVersion version) : IClassFixture<SampleVersion>
{
    private static readonly RowsRequest Women = new(Filter: FilterParser.Parse("性别 = '女'"), Sort: [new SortKey("月收入", Descending: true)]);

    private IEnumerable<SampleVersion.Person> ExpectedWomen => version.Rows.Where(p => p.Sex == "女")
        .OrderBy(p => p.Income is null ? 0 : 1).ThenByDescending(p => p.Income).ThenBy(p => p.Row);

    [Theory]
    [InlineData(CsvEncoding.Utf8)]
    [InlineData(CsvEncoding.Utf8Bom)]
    [InlineData(CsvEncoding.Gb18030)]
    public async Task ExportAsync_Csv_DecodesToSameRows(CsvEncoding encoding)
    {
        var bytes = await Export(Women, new ExportOptions(ExportFormat.Csv, encoding));

        Assert.Equal(encoding == CsvEncoding.Utf8Bom, bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = Decode(bytes, encoding);
        var records = ParseCsv(text);
        Assert.Equal(["公民身份号码", "姓名", "性别", "出生日期", "月收入", "是否在职"], records[0]);
        Assert.Equal(ExpectedWomen.Select(p => p.Id), records.Skip(1).Select(r => r[0]));
        var eight = records.Single(r => r[0] == version.Rows[7].Id);
        Assert.Equal("王\"五,六\n七", eight[1]);
        var first = ExpectedWomen.First(p => p.Income is not null && p.Birth is not null);
        var row = records.Single(r => r[0] == first.Id);
        Assert.Equal(first.Birth!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row[3]);
        Assert.Equal(first.Income!.Value, decimal.Parse(row[4], CultureInfo.InvariantCulture));
        Assert.DoesNotContain("_zy_row", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_CsvGb18030_IsNotUtf8()
    {
        var bytes = await Export(new RowsRequest(Select: ["姓名"], Filter: FilterParser.Parse("姓名 = '张伟'")), new ExportOptions(ExportFormat.Csv, CsvEncoding.Gb18030));

        Assert.Equal(CsvExport.TextEncoding(CsvEncoding.Gb18030).GetBytes("姓名\r\n张伟\r\n"), bytes[..12]);
        Assert.NotEqual(Encoding.UTF8.GetBytes("姓名"), bytes[..6]);
    }

    [Fact]
    public async Task ExportAsync_Json_ArrayOfTypedObjects()
    {
        var bytes = await Export(Women, new ExportOptions(ExportFormat.Json));

        using var doc = JsonDocument.Parse(bytes);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(ExpectedWomen.Select(p => p.Id), rows.Select(r => r.GetProperty("公民身份号码").GetString()));
        var first = ExpectedWomen.First(p => p.Income is not null && p.Birth is not null);
        var row = rows.Single(r => r.GetProperty("公民身份号码").GetString() == first.Id);
        Assert.Equal(first.Income, row.GetProperty("月收入").GetDecimal());
        Assert.Equal(first.Employed, row.GetProperty("是否在职").GetBoolean());
        Assert.Equal(first.Birth!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetProperty("出生日期").GetString());
        Assert.False(row.TryGetProperty("_zy_row", out _));
        Assert.Contains("\"姓名\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_Ndjson_OneObjectPerLine()
    {
        var bytes = await Export(new RowsRequest(Select: ["公民身份号码", "姓名"]), new ExportOptions(ExportFormat.Ndjson));

        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(SampleVersion.RowCount, lines.Length);
        Assert.Equal(version.Rows.Select(p => p.Name), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("姓名").GetString()));
    }

    [Fact]
    public async Task ExportAsync_Xlsx_ReadsBackWithFormulasNeutralised()
    {
        var bytes = await Export(Women with { Sort = null }, new ExportOptions(ExportFormat.Xlsx, TempDirectory: version.Directory));

        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var women = version.Rows.Where(p => p.Sex == "女").ToList();
        Assert.Equal(women.Select(p => p.Id), rows.Select(r => (string?)r["公民身份号码"]));
        Assert.Equal(women.Select(p => p.Name is null ? null : FormulaGuard.Neutralise(p.Name)), rows.Select(r => r["姓名"]?.ToString()));
        Assert.Equal(women[0].Birth!.Value.ToDateTime(TimeOnly.MinValue), rows[0]["出生日期"]);
        Assert.Equal((double)women[0].Income!.Value, Convert.ToDouble(rows[0]["月收入"], CultureInfo.InvariantCulture));
        Assert.False(rows[0].ContainsKey("_zy_row"));
        Assert.Empty(Directory.GetFiles(version.Directory, "zy-export-*"));
    }

    [Fact]
    public async Task ExportAsync_XlsxFormulaCells_ApostrophePrefixed()
    {
        var bytes = await Export(new RowsRequest(Select: ["姓名"], Filter: FilterParser.Parse("姓名 in ('=HYPERLINK(\"http://x\")', '-5')")), new ExportOptions(ExportFormat.Xlsx));

        var names = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => r["姓名"]?.ToString()).ToList();
        Assert.Equal(["'=HYPERLINK(\"http://x\")", "'-5"], names);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86", "'+86")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("张伟", "张伟")]
    [InlineData("", "")]
    public void Neutralise_FormulaStart_Prefixed(string text, string expected) =>
        Assert.Equal(expected, FormulaGuard.Neutralise(text));

    [Fact]
    public async Task ExportAsync_Parquet_ReadsBackWithDuckDb()
    {
        var bytes = await Export(Women, new ExportOptions(ExportFormat.Parquet, TempDirectory: version.Directory));

        var file = Path.Combine(version.Directory, "back.parquet");
        await File.WriteAllBytesAsync(file, bytes);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{file}')";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        Assert.Equal(6, reader.FieldCount);
        Assert.Equal(ExpectedWomen.Select(p => p.Id), ids);
        Assert.Empty(Directory.GetFiles(version.Directory, "zy-export-*"));
    }

    [Fact]
    public async Task ExportAsync_ReturnsRowCount()
    {
        using var output = new AsyncOnlyStream();

        var rows = await RowsExporter.ExportAsync(version.Connection, version.Path, SampleVersion.Columns, Women, new ExportOptions(ExportFormat.Parquet), output);

        Assert.Equal(ExpectedWomen.Count(), rows);
    }

    [Fact]
    public async Task ExportAsync_BadFilter_ThrowsBeforeWriting()
    {
        using var output = new AsyncOnlyStream();

        await Assert.ThrowsAsync<QueryException>(() => RowsExporter.ExportAsync(
            version.Connection, version.Path, SampleVersion.Columns, new RowsRequest(Filter: FilterParser.Parse("x = 1")), new ExportOptions(ExportFormat.Csv), output));
        Assert.Equal(0, output.Length);
    }

    private async Task<byte[]> Export(RowsRequest request, ExportOptions options)
    {
        using var output = new AsyncOnlyStream();
        await RowsExporter.ExportAsync(version.Connection, version.Path, SampleVersion.Columns, request, options, output);
        return output.ToArray();
    }

    private static string Decode(byte[] bytes, CsvEncoding encoding) => encoding == CsvEncoding.Gb18030
        ? CsvExport.TextEncoding(encoding).GetString(bytes)
        : new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.AsSpan(encoding == CsvEncoding.Utf8Bom ? 3 : 0));

    /// <summary>A minimal RFC 4180 reader, independent of the writer under test.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
