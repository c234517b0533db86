namespace Zhongyuan.Identifiers;

public static partial class ResidentIdNumber
{
    /// <summary>
    /// Brings user input to the stored 18-character form: drops whitespace (U+3000 included) and
    /// invisible characters anywhere, folds full-width characters to ASCII, upper-cases <c>x</c>, and
    /// converts a 15-digit legacy number whose date (19YYMMDD) is real with <see cref="ConvertFrom15"/>.
    /// Returns <see langword="null"/> unless the result is 17 digits followed by a digit or <c>X</c>;
    /// the check character, date and region are not checked (use <see cref="Check"/> on the result).
    /// </summary>
    public static string? Normalize(ReadOnlySpan<char> input)
    {
        Span<char> buffer = stackalloc char[Length];
        var count = 0;
        foreach (var raw in input)
        {
            var c = TextChars.ToHalfWidth(raw);
            if (char.IsWhiteSpace(c) || TextChars.IsInvisible(c))
            {
                continue;
            }

            if (count == Length)
            {
                return null;
            }

            buffer[count++] = c == 'x' ? 'X' : c;
        }

        return count switch
        {
            LegacyLength when IsLegacy(buffer[..LegacyLength]) => ConvertFrom15(buffer[..LegacyLength]),
            Length when HasShape(buffer) => new string(buffer),
            _ => null,
        };
    }

    /// <summary>
    /// Converts a 15-digit legacy number (region, YYMMDD, sequence) to 18 characters: inserts the century
    /// <c>19</c> before the year and appends the check character. The date is not checked.
    /// </summary>
    /// <exception cref="ArgumentException">The input is not 15 ASCII digits.</exception>
    public static string ConvertFrom15(ReadOnlySpan<char> id15)
    {
        if (id15.Length != LegacyLength || !TextChars.AllAsciiDigits(id15))
        {
            throw new ArgumentException("Expected 15 ASCII digits.", nameof(id15));
        }

        Span<char> id = stackalloc char[Length];
        id15[..6].CopyTo(id);
        id[6] = '1';
        id[7] = '9';
        id15[6..].CopyTo(id[8..]);
        id[17] = CheckCharacters[WeightedSum(id[..17]) % 11];
        return new string(id);
    }

    /// <summary>
    /// Reads the birth date of an 18-character number (characters 7–14) or a 15-digit legacy one
    /// (YYMMDD, century 19). False when the digits there are not a real date from 1800 on; the check
    /// character is not looked at.
    /// </summary>
    public static bool TryGetBirthDate(ReadOnlySpan<char> id, out DateOnly birth)
    {
        birth = default;
        var (year, month, day) = id.Length switch
        {
            Length when TextChars.AllAsciiDigits(id[..14]) => (Digits(id, 6, 4), Digits(id, 10, 2), Digits(id, 12, 2)),
            LegacyLength when TextChars.AllAsciiDigits(id) => (1900 + Digits(id, 6, 2), Digits(id, 8, 2), Digits(id, 10, 2)),
            _ => (0, 0, 0),
        };
        if (!IsRealDate(year, month, day))
        {
            return false;
        }

        birth = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// The sex coded by the 17th digit of an 18-character number (15th of a legacy one): odd
    /// <see cref="Sex.Male"/>, even <see cref="Sex.Female"/>; <see cref="Sex.Unknown"/> for any other
    /// length or a non-digit there. Nothing else is checked.
    /// </summary>
    public static Sex GetSex(ReadOnlySpan<char> id)
    {
        var position = id.Length switch
        {
            Length => 16,
            LegacyLength => 14,
            _ => -1,
        };
        return position < 0 || !char.IsAsciiDigit(id[position]) ? Sex.Unknown
            : (id[position] - '0') % 2 == 1 ? Sex.Male
            : Sex.Female;
    }

    private static bool IsLegacy(ReadOnlySpan<char> id) =>
        TextChars.AllAsciiDigits(id) && TryGetBirthDate(id, out _);

    private static bool HasShape(ReadOnlySpan<char> id) =>
        TextChars.AllAsciiDigits(id[..17]) && (char.IsAsciiDigit(id[17]) || id[17] == 'X');
}
