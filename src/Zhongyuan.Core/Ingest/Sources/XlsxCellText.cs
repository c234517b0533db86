using System.Globalization;

namespace Zhongyuan.Ingest.Sources;

/// <summary>Turns a cell value from MiniExcel into the invariant text that is staged.</summary>
internal static class XlsxCellText
{
    /// <summary>
    /// The cell as text: null and empty text are null; numbers in plain notation (Excel keeps 15 significant digits,
    /// and so does this, so 0.1+0.2 reads 0.3); dates as <c>yyyy-MM-dd</c>, or <c>yyyy-MM-dd HH:mm:ss</c> with a time;
    /// booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    public static string? From(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        double d => Number(d),
        float f => Number(f),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Number(double d)
    {
        // The decimal conversion rounds to 15 significant digits and never uses an exponent.
        if (double.IsFinite(d) && Math.Abs(d) < 7.9e27 && (d == 0 || Math.Abs(d) >= 1e-20))
        {
            return ((decimal)d).ToString(CultureInfo.InvariantCulture);
        }
        return d.ToString("R", CultureInfo.InvariantCulture);
    }
}
