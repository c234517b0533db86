using MiniExcelLibs;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>A sheet read with its first row as headers, blank rows left out.</summary>
internal sealed record Sheet(string Name, IReadOnlySet<string> Headers, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>Reads a sheet of a seekable workbook stream.</summary>
    public static Sheet Read(Stream workbook, string name)
    {
        workbook.Position = 0;
        // Without MiniExcel's header row, so that a sheet with headers and no rows still shows its columns.
        var raw = MiniExcel.Query(workbook, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>();
        Dictionary<string, string>? headers = null;
        var rows = new List<SheetRow>();
        foreach (var (cells, index) in raw.Select((cells, index) => (cells, index)))
        {
            if (headers is null)
            {
                headers = HeadersOf(cells);
                continue;
            }
            var row = new SheetRow(index + 1, ByHeader(cells, headers));
            if (!row.IsBlank)
            {
                rows.Add(row);
            }
        }
        return new Sheet(name, (headers ?? []).Values.ToHashSet(StringComparer.Ordinal), rows);
    }

    /// <summary>The errors for the columns the sheet lacks.</summary>
    public IEnumerable<FieldError> MissingColumns(IEnumerable<WorkbookColumn> columns) =>
        columns.Where(c => c.MustExist && !Headers.Contains(c.Header)).Select(c => ExchangeErrors.ColumnMissing(Name, c.Header));

    // Column letter → header text; a repeated header keeps its first column.
    private static Dictionary<string, string> HeadersOf(IDictionary<string, object?> cells) =>
        cells.Select(c => (Column: c.Key, Header: CellText.Of(c.Value)))
            .Where(c => c.Header is not null)
            .DistinctBy(c => c.Header, StringComparer.Ordinal)
            .ToDictionary(c => c.Column, c => c.Header!, StringComparer.Ordinal);

    private static Dictionary<string, object?> ByHeader(IDictionary<string, object?> cells, Dictionary<string, string> headers) =>
        headers.ToDictionary(h => h.Value, h => cells.TryGetValue(h.Key, out var value) ? value : null, StringComparer.Ordinal);
}
