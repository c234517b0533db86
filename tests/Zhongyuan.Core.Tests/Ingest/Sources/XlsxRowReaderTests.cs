using MiniExcelLibs;
using Zhongyuan.Ingest.Sources;

namespace Zhongyuan.Tests.Ingest.Sources;

public sealed class XlsxRowReaderTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("zy-xlsx-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Read_FirstSheet_StreamsHeaderAndInvariantText()
    {
        var path = Save(new Dictionary<string, object?[][]>
        {
            ["人口"] =
            [
                ["姓名", "出生日期", "登记时间", "金额", "人数", "大数", "在册"],
                ["张三", new DateTime(1990, 1, 2), new DateTime(2024, 3, 4, 5, 6, 7), 1234.5, 42, 12345678901234.0, true],
                [null, null, null, null, null, null, null],
                ["李四", null, null, 0.1 + 0.2, 0, 1e20, false],
            ],
            ["其他"] = [["x"], ["1"]],
        });
        var sink = new RecordingSink();
        var count = XlsxRowReader.Read(path, null, sink, null, CancellationToken.None);
        Assert.Equal(2, count);
        Assert.Equal(["姓名", "出生日期", "登记时间", "金额", "人数", "大数", "在册"], sink.Columns);
        Assert.Equal("张三|1990-01-02|2024-03-04 05:06:07|1234.5|42|12345678901234|true", sink.Text(0));
        Assert.Equal("李四|∅|∅|0.3|0|100000000000000000000|false", sink.Text(1));
    }

    [Fact]
    public void Read_NamedSheet_ReadsThatSheet()
    {
        var path = Save(new() { ["一"] = [["a"], ["1"]], ["二"] = [["b"], ["2"], ["3"]] });
        var sink = new RecordingSink();
        Assert.Equal(2, XlsxRowReader.Read(path, "二", sink, null, CancellationToken.None));
        Assert.Equal(["b"], sink.Columns);
    }

    [Fact]
    public void Read_UnknownSheet_ListsSheets()
    {
        var path = Save(new() { ["一"] = [["a"], ["1"]], ["二"] = [["b"], ["2"]] });
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, "三", new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("sheet_not_found", e.Code);
        Assert.Contains("一、二", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptySheet_Throws()
    {
        var path = Save(new() { ["空"] = [] });
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, null, new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("empty_sheet", e.Code);
    }

    [Fact]
    public void Read_DuplicateHeaders_NamesThem()
    {
        var path = Save(new() { ["表"] = [["姓名", "电话", "姓名"], ["a", "b", "c"]] });
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, null, new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("header_duplicate", e.Code);
        Assert.Contains("姓名", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyHeaderCell_ReportsColumn()
    {
        var path = Save(new() { ["表"] = [["姓名", null, "电话"], ["a", "b", "c"]] });
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, null, new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("header_empty", e.Code);
        Assert.StartsWith("表头第 2 列（B 列）为空（可能是合并单元格）", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MergedHeaderCells_ReportsEmptyHeader()
    {
        // Excel keeps the value of a merged range in its first cell only.
        var path = Save(new() { ["表"] = [["基本信息", null, "电话"], ["a", "b", "c"]] });
        MergeCells(path, "A1:B1");
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, null, new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("header_empty", e.Code);
        Assert.Contains("表头第 2 列", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueUnderTrailingEmptyHeader_Throws()
    {
        var path = Save(new() { ["表"] = [["姓名", null], ["a", null], ["b", "多余"]] });
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, null, new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("value_without_header", e.Code);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Read_NotAWorkbook_Throws()
    {
        var path = Path.Combine(_dir.FullName, "bad.xlsx");
        File.WriteAllBytes(path, [.. "PK\u0003\u0004"u8, .. new byte[100]]);
        var e = Assert.Throws<SourceFileException>(() => XlsxRowReader.Read(path, null, new RecordingSink(), null, CancellationToken.None));
        Assert.Equal("not_xlsx", e.Code);
    }

    private string Save(Dictionary<string, object?[][]> sheets)
    {
        var path = Path.Combine(_dir.FullName, $"{Guid.NewGuid():N}.xlsx");
        var data = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
        {
            data[name] = rows.Select(ToRow).ToList();
        }
        MiniExcel.SaveAs(path, data, printHeader: false);
        return path;
    }

    // Columns named A, B, … so that printHeader: false writes the cells only.
    private static Dictionary<string, object?> ToRow(object?[] cells) =>
        cells.Select((c, i) => (Key: ((char)('A' + i)).ToString(), Value: c)).ToDictionary(p => p.Key, p => p.Value);

    private static void MergeCells(string path, string range)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }
        xml = xml.Replace("</sheetData>", $"</sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"{range}\"/></x:mergeCells>", StringComparison.Ordinal);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
        writer.Write(xml);
    }
}
