using System.Globalization;

namespace Zhongyuan.Identifiers;

public static partial class Standardizers
{
    private static readonly decimal _wan = 10_000m;
    private static readonly decimal _yi = 100_000_000m;

    /// <summary>
    /// An amount to a plain decimal number: currency marks ¥ ￥ and 元 are stripped, thousands separators
    /// removed (<c>1,234.50</c> → <c>1234.50</c>, digits after the point kept as written), and the
    /// multipliers 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²) applied (<c>1.5万</c> → <c>15000</c>, <c>2亿元</c> →
    /// <c>200000000</c>; trailing zeros after the point dropped). Full-width digits and punctuation are
    /// read. Unchanged when the text is not such an amount (<c>约3万</c>, <c>1,23</c>, <c>abc</c>).
    /// </summary>
    public static string Amount(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = FullWidthToHalfWidth(value).AsSpan().Trim();
        text = text.TrimStart("¥￥").TrimStart();
        text = text.EndsWith('元') ? text[..^1].TrimEnd() : text;
        var multiplier = text.EndsWith("万亿") ? _wan * _yi : text.EndsWith('亿') ? _yi : text.EndsWith('万') ? _wan : 1m;
        text = multiplier == 1m ? text : text[..^(multiplier == _wan * _yi ? 2 : 1)].TrimEnd();
        if (PlainNumber(text) is not { } number)
        {
            return value;
        }

        return multiplier == 1m
            ? Unchanged(value, number.ToString(CultureInfo.InvariantCulture))
            : Multiply(number, multiplier) is { } product ? Unchanged(value, product.ToString("0.############################", CultureInfo.InvariantCulture)) : value;
    }

    // Digits with an optional sign, comma groups of three in the integer part and an optional fraction.
    private static decimal? PlainNumber(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length is 0 or > 64 || !HasValidGroups(text))
        {
            return null;
        }

        var length = 0;
        foreach (var c in text)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number : null;
    }

    private static bool HasValidGroups(ReadOnlySpan<char> text)
    {
        var point = text.IndexOf('.');
        var integer = (point < 0 ? text : text[..point]).TrimStart("+-");
        if (text[(point < 0 ? text.Length : point)..].Contains(',') || integer.IsEmpty || integer.ContainsAnyExcept("0123456789,"))
        {
            return false;
        }

        if (!integer.Contains(','))
        {
            return true;
        }

        var groups = integer.ToString().Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    private static decimal? Multiply(decimal number, decimal multiplier) =>
        Math.Abs(number) <= decimal.MaxValue / multiplier ? number * multiplier : null;
}
