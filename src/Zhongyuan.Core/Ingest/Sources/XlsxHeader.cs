using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Sources;

/// <summary>The header row of a sheet: the column names and the MiniExcel cell keys (A, B, …) they sit in.</summary>
internal sealed class XlsxHeader
{
    private readonly string[] _keys;

    private XlsxHeader(string[] keys, string[] names)
    {
        _keys = keys;
        Names = names;
    }

    /// <summary>The column names, in sheet order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The header from the first non-empty row, or null when <paramref name="cells"/> is empty.</summary>
    /// <exception cref="SourceFileException">An empty header cell left of the last one, or duplicate names.</exception>
    public static XlsxHeader? From(IDictionary<string, object?> cells, long rowNumber)
    {
        var texts = cells.Select(c => (c.Key, Text: XlsxCellText.From(c.Value)?.Trim())).ToList();
        var last = texts.FindLastIndex(c => !string.IsNullOrEmpty(c.Text));
        if (last < 0)
        {
            return null;
        }
        texts.RemoveRange(last + 1, texts.Count - last - 1);
        var empty = texts.FindIndex(c => string.IsNullOrEmpty(c.Text));
        if (empty >= 0)
        {
            throw new SourceFileException("header_empty", new LocalizedText(
                $"表头第 {empty + 1} 列（{texts[empty].Key} 列）为空（可能是合并单元格）。请给每一列一个名称，并取消表头中的合并单元格。",
                $"Header column {empty + 1} (column {texts[empty].Key}) is empty (possibly a merged cell). Give every column a name and unmerge the header cells."),
                line: rowNumber);
        }
        var names = texts.Select(c => c.Text!).ToArray();
        ThrowOnDuplicates(names, rowNumber);
        return new XlsxHeader([.. texts.Select(c => c.Key)], names);
    }

    /// <summary>Fills <paramref name="values"/> from a data row; false when the row is entirely empty.</summary>
    /// <exception cref="SourceFileException">A value in a column without a header.</exception>
    public bool Fill(IDictionary<string, object?> cells, string?[] values, long rowNumber)
    {
        var any = false;
        for (var i = 0; i < _keys.Length; i++)
        {
            values[i] = cells.TryGetValue(_keys[i], out var cell) ? XlsxCellText.From(cell) : null;
            any |= values[i] is not null;
        }
        if (cells.Count > _keys.Length)
        {
            ThrowOnValueBeyondHeader(cells, rowNumber);
        }
        return any;
    }

    private void ThrowOnValueBeyondHeader(IDictionary<string, object?> cells, long rowNumber)
    {
        foreach (var (key, value) in cells.Skip(_keys.Length))
        {
            if (XlsxCellText.From(value) is not null)
            {
                throw new SourceFileException("value_without_header", new LocalizedText(
                    $"第 {rowNumber} 行的 {key} 列有值，但该列没有表头。请补上表头或删除该列。",
                    $"Row {rowNumber} has a value in column {key}, which has no header. Add a header or delete the column."),
                    line: rowNumber);
            }
        }
    }

    private static void ThrowOnDuplicates(string[] names, long rowNumber)
    {
        var duplicates = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new SourceFileException("header_duplicate", new LocalizedText(
                $"表头有重复的列名：{string.Join("、", duplicates)}。每一列的名称应不同。",
                $"The header has duplicate column names: {string.Join(", ", duplicates)}. Each column needs its own name."),
                line: rowNumber);
        }
    }
}
