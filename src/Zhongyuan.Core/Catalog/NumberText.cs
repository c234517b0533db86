using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhongyuan.Catalog;

/// <summary>
/// Reads a whole number typed by a person into a form or spreadsheet, and tells apart a number with a
/// unit (<c>18位</c>, <c>20 个字符</c>, <c>100万条</c>), which the catalog rules reject, from other junk.
/// </summary>
public static partial class NumberText
{
    /// <summary>The outcome of reading a number.</summary>
    public enum Outcome
    {
        /// <summary>Empty or whitespace.</summary>
        Empty,

        /// <summary>A plain whole number.</summary>
        Number,

        /// <summary>A number followed or preceded by a unit.</summary>
        NumberWithUnit,

        /// <summary>Not a number.</summary>
        NotANumber,
    }

    /// <summary>Reads <paramref name="text"/>; <paramref name="value"/> is set only for <see cref="Outcome.Number"/>.</summary>
    public static Outcome TryRead(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Outcome.Empty;
        }
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC).Trim().Replace(",", "", StringComparison.Ordinal);
        if (int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return Outcome.Number;
        }
        // Digits only but too large for an int, or a decimal, is not a number with a unit.
        return WithUnit().IsMatch(folded) ? Outcome.NumberWithUnit : Outcome.NotANumber;
    }

    [GeneratedRegex(@"^\s*\d+(?:\.\d+)?\s*[^\d\s.,]\S*\s*$|^\s*[^\d\s.,]\S*?\s*\d+(?:\.\d+)?\s*$")]
    private static partial Regex WithUnit();
}
