namespace Zhongyuan.Identifiers;

public static partial class PhoneNumber
{
    private const string ExtensionMarkers = "转#xX,";

    /// <summary>
    /// Whether the input is a landline number (固定电话): an area code of <c>0</c> and 2–3 digits (<c>010</c>, <c>02x</c>,
    /// <c>03xx</c>–<c>09xx</c>; optionally in parentheses), an optional separator (space or hyphen), a local number of 7–8 digits starting with
    /// 2–9, and an optional extension (<c>转</c>, <c>#</c>, <c>x</c>, <c>ext</c> or a second hyphen, then 1–6
    /// digits). Without a separator the split is found from the lengths (<c>01088888888</c>). A leading
    /// <c>+86</c> or <c>0086</c> is allowed, after which the area code's <c>0</c> may be left out.
    /// Digits may be full-width. Allocation-free for inputs up to 64 characters.
    /// </summary>
    public static bool IsLandline(ReadOnlySpan<char> input)
    {
        Span<char> buffer = input.Length <= 64 ? stackalloc char[64] : new char[input.Length];
        var text = Fold(input.Trim(), buffer);
        text = StripCountryCode(text, out var international);
        if (!SplitExtension(text, out var main))
        {
            return false;
        }

        Span<Range> groups = stackalloc Range[4];
        var count = main.SplitAny(groups, " -()", StringSplitOptions.RemoveEmptyEntries);
        return count switch
        {
            1 => IsUnseparated(main[groups[0]], international),
            2 => IsArea(main[groups[0]], international) && IsLocal(main[groups[1]]),
            3 => IsArea(main[groups[0]], international) && IsLocal(main[groups[1]]) && IsExtension(main[groups[2]]),
            _ => false,
        };
    }

    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> input, Span<char> buffer)
    {
        for (var i = 0; i < input.Length; i++)
        {
            buffer[i] = TextChars.DigitValue(input[i]) is var digit and >= 0 ? (char)('0' + digit) : TextChars.ToHalfWidth(input[i]);
        }

        return buffer[..input.Length];
    }

    private static ReadOnlySpan<char> StripCountryCode(ReadOnlySpan<char> text, out bool international)
    {
        international = text.StartsWith("+86") || text.StartsWith("0086");
        return international ? text[(text[0] == '+' ? 3 : 4)..].TrimStart(" -") : text;
    }

    // Splits off an extension introduced by a marker; false when the marker is not followed by 1–6 digits.
    private static bool SplitExtension(ReadOnlySpan<char> text, out ReadOnlySpan<char> main)
    {
        var marker = text.IndexOfAny(ExtensionMarkers);
        var markerLength = 1;
        if (text.IndexOf("ext", StringComparison.OrdinalIgnoreCase) is var ext and >= 0 && (marker < 0 || ext < marker))
        {
            (marker, markerLength) = (ext, text[(ext + 3)..].StartsWith('.') ? 4 : 3);
        }

        main = marker < 0 ? text : text[..marker].TrimEnd(" -");
        return marker < 0 || IsExtension(text[(marker + markerLength)..].Trim());
    }

    private static bool IsUnseparated(ReadOnlySpan<char> digits, bool international)
    {
        for (var areaLength = 2; areaLength <= 4 && areaLength < digits.Length; areaLength++)
        {
            if (IsArea(digits[..areaLength], international) && IsLocal(digits[areaLength..]))
            {
                return true;
            }
        }

        return false;
    }

    // 3-digit codes are 010 and 02x, 4-digit ones 03xx–09xx; after +86 the leading 0 may be left out.
    private static bool IsArea(ReadOnlySpan<char> area, bool international)
    {
        if (!TextChars.AllAsciiDigits(area))
        {
            return false;
        }

        var national = area.StartsWith('0') ? area[1..] : international ? area : [];
        return national switch
        {
            ['1', '0'] or ['2', _] => true,
            [>= '3' and <= '9', _, _] => true,
            _ => false,
        };
    }

    private static bool IsLocal(ReadOnlySpan<char> local) =>
        local.Length is 7 or 8 && local[0] is >= '2' and <= '9' && TextChars.AllAsciiDigits(local);

    private static bool IsExtension(ReadOnlySpan<char> extension) =>
        extension.Length is >= 1 and <= 6 && TextChars.AllAsciiDigits(extension);
}
