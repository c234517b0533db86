namespace Zhongyuan.Demo.Data;

/// <summary>
/// Minimal builders for the resident ID number (公民身份号码, GB 11643-1999) the demo data needs: the 18-character
/// form with its check character and the 15-digit legacy form. The full validator lives elsewhere; this one only
/// knows the layout: 6-digit region code, birth date, 3-digit sequence (odd = male), check character.
/// </summary>
internal static class ResidentIdNumber
{
    /// <summary>The check characters, indexed by Σ aᵢwᵢ mod 11.</summary>
    public const string CheckCharacters = "10X98765432";

    private static readonly int[] _weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check character of the first 17 digits.</summary>
    /// <exception cref="ArgumentException">The input is not 17 ASCII digits.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || first17.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected 17 ASCII digits.", nameof(first17));
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * _weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>Writes the 18-character number into <paramref name="destination"/>, which must hold 18 characters.</summary>
    /// <param name="destination">Receives the number.</param>
    /// <param name="region">The 6-digit county-level region code.</param>
    /// <param name="birth">The birth date.</param>
    /// <param name="sequence">The sequence number, 1–999; odd for a man, even for a woman.</param>
    public static void Write(Span<char> destination, ReadOnlySpan<char> region, DateOnly birth, int sequence)
    {
        region.CopyTo(destination);
        var (year, month, day) = birth;
        WriteDigits(destination.Slice(6, 4), year);
        WriteDigits(destination.Slice(10, 2), month);
        WriteDigits(destination.Slice(12, 2), day);
        WriteDigits(destination.Slice(14, 3), sequence);
        destination[17] = CheckCharacter(destination[..17]);
    }

    /// <summary>Writes the 15-digit legacy number (two-digit year, no check character) into 15 characters.</summary>
    public static void WriteLegacy(Span<char> destination, ReadOnlySpan<char> region, DateOnly birth, int sequence)
    {
        region.CopyTo(destination);
        WriteDigits(destination.Slice(6, 2), birth.Year % 100);
        WriteDigits(destination.Slice(8, 2), birth.Month);
        WriteDigits(destination.Slice(10, 2), birth.Day);
        WriteDigits(destination.Slice(12, 3), sequence);
    }

    /// <summary>Whether <paramref name="id"/> is 17 ASCII digits and the right check character (<c>x</c> accepted for <c>X</c>).</summary>
    public static bool HasValidCheck(ReadOnlySpan<char> id) =>
        id.Length == 18 && !id[..17].ContainsAnyExceptInRange('0', '9') && char.ToUpperInvariant(id[17]) == CheckCharacter(id[..17]);

    /// <summary>Converts a 15-digit legacy number to its 18-character form (century 19, check character appended).</summary>
    /// <exception cref="ArgumentException">The input is not 15 ASCII digits.</exception>
    public static string Upgrade(ReadOnlySpan<char> legacy)
    {
        if (legacy.Length != 15 || legacy.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("Expected 15 ASCII digits.", nameof(legacy));
        }
        Span<char> id = stackalloc char[18];
        legacy[..6].CopyTo(id);
        id[6] = '1';
        id[7] = '9';
        legacy[6..].CopyTo(id[8..]);
        id[17] = CheckCharacter(id[..17]);
        return new string(id);
    }

    /// <summary>Writes <paramref name="value"/> as exactly <c>destination.Length</c> digits, zero-padded.</summary>
    public static void WriteDigits(Span<char> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
