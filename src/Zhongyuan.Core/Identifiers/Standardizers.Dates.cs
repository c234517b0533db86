using System.Globalization;

namespace Zhongyuan.Identifiers;

public static partial class Standardizers
{
    /// <summary>
    /// A date to ISO 8601 <c>yyyy-MM-dd</c>: <c>2017年4月8日</c> (日 or 号 optional), <c>2017.4.8</c>,
    /// <c>2017/4/8</c>, <c>2017-4-8</c> and <c>20170408</c> all become <c>2017-04-08</c>. Digits may be
    /// full-width; surrounding whitespace is ignored. Unchanged when the text is not one of these forms or
    /// not a real date (<c>2017-02-30</c>).
    /// </summary>
    public static string ChineseDateToIso(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.AsSpan().Trim();
        var date = text.Length == 8 && TextChars.DigitValue(text[4]) >= 0 ? CompactDate(text) : SeparatedDate(text);
        return date is { } d ? Unchanged(value, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : value;
    }

    private static DateOnly? CompactDate(ReadOnlySpan<char> text)
    {
        var position = 0;
        return ReadNumber(text, ref position, 4, 4) is { } year && ReadNumber(text, ref position, 2, 2) is { } month
            && ReadNumber(text, ref position, 2, 2) is { } day
            ? RealDate(year, month, day) : null;
    }

    private static DateOnly? SeparatedDate(ReadOnlySpan<char> text)
    {
        var position = 0;
        if (ReadNumber(text, ref position, 4, 4) is not { } year || position >= text.Length)
        {
            return null;
        }

        var first = text[position++];
        var chinese = first == '年';
        if (!chinese && first is not ('.' or '/' or '-'))
        {
            return null;
        }

        if (ReadNumber(text, ref position, 1, 2) is not { } month || position >= text.Length
            || text[position++] != (chinese ? '月' : first) || ReadNumber(text, ref position, 1, 2) is not { } day)
        {
            return null;
        }

        var rest = text[position..];
        var endOk = rest.IsEmpty || (chinese && rest is ['日' or '号']);
        return endOk ? RealDate(year, month, day) : null;
    }

    private static int? ReadNumber(ReadOnlySpan<char> text, ref int position, int minDigits, int maxDigits)
    {
        var value = 0;
        var start = position;
        while (position < text.Length && position - start < maxDigits && TextChars.DigitValue(text[position]) is var digit and >= 0)
        {
            value = (value * 10) + digit;
            position++;
        }

        return position - start >= minDigits ? value : null;
    }

    private static DateOnly? RealDate(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
