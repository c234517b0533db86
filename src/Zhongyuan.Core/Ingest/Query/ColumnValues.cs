using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Query;

/// <summary>Conversions between literal text, the CLR values bound to DuckDB, and invariant text.</summary>
internal static class ColumnValues
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyyMMdd", "yyyy/M/d"];

    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>Converts a literal to the CLR value DuckDB binds as the column's type; false when it does not fit.</summary>
    public static bool TryParse(ItemDataType type, string text, out object value)
    {
        var t = text.Trim();
        value = text;
        switch (type)
        {
            case ItemDataType.Text:
                return true;
            case ItemDataType.Integer when long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l):
                value = l;
                return true;
            case ItemDataType.Decimal when decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var m):
                value = m;
                return true;
            case ItemDataType.Date when DateOnly.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                value = d;
                return true;
            case ItemDataType.Timestamp when DateTime.TryParseExact(t, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt):
                value = dt;
                return true;
            case ItemDataType.Boolean when TryParseBoolean(t, out var b):
                value = b;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A value read from DuckDB in the form handed to callers: blobs become byte arrays, DBNull becomes null.</summary>
    public static object? Normalise(object value)
    {
        switch (value)
        {
            case DBNull:
                return null;
            case Stream s:
                using (s)
                {
                    using var copy = new MemoryStream();
                    s.CopyTo(copy);
                    return copy.ToArray();
                }

            default:
                return value;
        }
    }

    /// <summary>Invariant text of a value, which <see cref="TryParse"/> reads back to the same value.</summary>
    public static string ToText(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The Chinese and English name of a type for messages.</summary>
    public static LocalizedText TypeName(ItemDataType type) => Labels.Of(type);

    private static bool TryParseBoolean(string text, out bool value)
    {
        value = text is "1" or "是" || text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || text is "0" or "否" || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
