using System.Globalization;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>The text of a spreadsheet cell, whatever Excel stored: a code typed as 101001000 is a number to Excel.</summary>
internal static class CellText
{
    public static string? Of(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when double.IsInteger(d) => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The values of a cell holding several, e.g. <c>接口、库表</c>.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : text.Split(WorkbookLayout.Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
