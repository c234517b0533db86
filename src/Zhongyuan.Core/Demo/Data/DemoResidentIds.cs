using Zhongyuan.Identifiers;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// Builders for the resident ID numbers (公民身份号码, GB 11643-1999) of the demo data: the 18-character form
/// and the 15-digit legacy form. The rules themselves (check character, validation) are
/// <see cref="ResidentIdNumber"/>'s.
/// </summary>
internal static class DemoResidentIds
{
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
        destination[17] = ResidentIdNumber.ComputeCheckCharacter(destination[..17]);
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
