namespace Zhongyuan.Demo.Data;

/// <summary>
/// The rates of the deliberate mistakes in the demo data, as departments make them. Each is a probability per
/// row or per cell as named; docs/ingest.md lists them.
/// </summary>
internal static class DemoNoise
{
    /// <summary>Per ID cell: a valid number with a wrong check character.</summary>
    public const double BadCheckId = 0.002;

    /// <summary>Per ID cell: the number in full-width digits (０–９, Ｘ).</summary>
    public const double FullWidthId = 0.005;

    /// <summary>Per ID cell of a person born in the 1900s: the 15-digit legacy form.</summary>
    public const double LegacyId = 0.01;

    /// <summary>Per phone cell: full-width digits.</summary>
    public const double FullWidthPhone = 0.005;

    /// <summary>Per phone cell: written with <c>+86</c> or separators, e.g. <c>138-1234-5678</c>.</summary>
    public const double FormattedPhone = 0.01;

    /// <summary>Per cell: a stray leading or trailing space.</summary>
    public const double StraySpace = 0.003;

    /// <summary>Per non-key cell: left empty.</summary>
    public const double Missing = 0.01;

    /// <summary>Per row: written twice in a row.</summary>
    public const double Duplicate = 0.005;

    /// <summary>Per date cell: written in another style than the data set's usual one, chosen uniformly.</summary>
    public const double OtherDateStyle = 0.1;

    /// <summary>Per number cell of the statistical series: written with thousands separators, e.g. <c>13,617.40</c>.</summary>
    public const double ThousandsSeparator = 0.05;

    /// <summary>Appends <paramref name="day"/> in <paramref name="style"/>.</summary>
    public static void AppendDate(CsvRowWriter csv, DateOnly day, DateStyle style)
    {
        switch (style)
        {
            case DateStyle.Iso:
                Padded(csv, day);
                break;
            case DateStyle.Compact:
                var (year, month, dayOfMonth) = day;
                csv.AppendDigits(year, 4);
                csv.AppendDigits(month, 2);
                csv.AppendDigits(dayOfMonth, 2);
                break;
            case DateStyle.Chinese:
                Unpadded(csv, day, '年', '月', '日');
                break;
            default:
                var separator = style == DateStyle.Slash ? '/' : '.';
                Unpadded(csv, day, separator, separator, null);
                break;
        }
    }

    /// <summary>Rewrites the ASCII digits and X of <paramref name="text"/> as full-width characters.</summary>
    public static void ToFullWidth(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) || text[i] == 'X')
            {
                text[i] = (char)(text[i] + 0xFEE0);
            }
        }
    }

    private static void Padded(CsvRowWriter csv, DateOnly day)
    {
        var (year, month, dayOfMonth) = day;
        csv.AppendDigits(year, 4);
        csv.Append('-');
        csv.AppendDigits(month, 2);
        csv.Append('-');
        csv.AppendDigits(dayOfMonth, 2);
    }

    private static void Unpadded(CsvRowWriter csv, DateOnly day, char first, char second, char? end)
    {
        var (year, month, dayOfMonth) = day;
        csv.AppendDigits(year, 4);
        csv.Append(first);
        csv.AppendNumber(month);
        csv.Append(second);
        csv.AppendNumber(dayOfMonth);
        if (end is { } c)
        {
            csv.Append(c);
        }
    }
}
