using MiniExcelLibs;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Sources;

/// <summary>
/// Streams one sheet of an XLSX workbook into an <see cref="IRowSink"/>: the first non-empty row is the header,
/// each later row is a data row; rows that are entirely empty are skipped. Memory stays bounded: MiniExcel reads
/// the sheet's XML lazily.
/// </summary>
/// <remarks>
/// Headers must be non-empty and distinct. Empty header cells at the right end are dropped (sheets often carry
/// formatting beyond their data), but a value under such a cell fails the load rather than being lost.
/// Cell values become invariant text by <see cref="XlsxCellText"/>.
/// </remarks>
public static class XlsxRowReader
{
    private const int ProgressEvery = 10_000;

    /// <summary>Reads the sheet <paramref name="sheetName"/> (the first sheet when null) of the workbook at <paramref name="path"/>.</summary>
    /// <param name="path">The XLSX file.</param>
    /// <param name="sheetName">The sheet to read, or null for the first one.</param>
    /// <param name="sink">Receives the header, then the rows.</param>
    /// <param name="rows">Told the number of data rows read so far, every 10,000 rows and at the end.</param>
    /// <param name="ct">Cancels between rows.</param>
    /// <returns>The number of data rows read.</returns>
    /// <exception cref="SourceFileException">
    /// No such sheet (<c>sheet_not_found</c>), an empty sheet (<c>empty_sheet</c>), an empty header cell
    /// (<c>header_empty</c>), duplicate headers (<c>header_duplicate</c>), a value without a header
    /// (<c>value_without_header</c>), or a file that is not a readable workbook (<c>not_xlsx</c>).
    /// </exception>
    public static long Read(string path, string? sheetName, IRowSink sink, IProgress<long>? rows, CancellationToken ct)
    {
        var sheet = ResolveSheet(path, sheetName);
        try
        {
            return ReadSheet(path, sheet, sink, rows, ct);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            throw NotXlsx(e);
        }
    }

    private static long ReadSheet(string path, string sheet, IRowSink sink, IProgress<long>? rows, CancellationToken ct)
    {
        XlsxHeader? header = null;
        string?[] values = [];
        long rowNumber = 0, count = 0;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet))
        {
            ct.ThrowIfCancellationRequested();
            rowNumber++;
            if (header is null)
            {
                header = XlsxHeader.From(cells, rowNumber);
                if (header is not null)
                {
                    sink.Begin(header.Names);
                    values = new string?[header.Names.Count];
                }
                continue;
            }
            if (header.Fill(cells, values, rowNumber))
            {
                sink.Row(values);
                if (++count % ProgressEvery == 0)
                {
                    rows?.Report(count);
                }
            }
        }
        if (header is null)
        {
            throw new SourceFileException("empty_sheet", new LocalizedText(
                $"工作表“{sheet}”是空的，没有表头和数据。", $"The sheet '{sheet}' is empty: no header and no data."));
        }
        rows?.Report(count);
        return count;
    }

    private static string ResolveSheet(string path, string? sheetName)
    {
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            throw NotXlsx(e);
        }
        if (sheets.Count == 0)
        {
            throw new SourceFileException("empty_workbook", new LocalizedText("工作簿中没有工作表。", "The workbook has no sheets."));
        }
        if (sheetName is null)
        {
            return sheets[0];
        }
        return sheets.Contains(sheetName, StringComparer.Ordinal) ? sheetName : throw new SourceFileException("sheet_not_found", new LocalizedText(
            $"工作簿中没有名为“{sheetName}”的工作表；现有工作表：{string.Join("、", sheets)}。",
            $"The workbook has no sheet named '{sheetName}'; its sheets are: {string.Join(", ", sheets)}."));
    }

    private static SourceFileException NotXlsx(Exception e) => new("not_xlsx", new LocalizedText(
        "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式（旧的 .xls 格式请先另存为 .xlsx）。",
        "The Excel file cannot be read: it is damaged or not in .xlsx format (save an old .xls file as .xlsx first)."), inner: e);
}
