namespace Zhongyuan.Identifiers;

/// <summary>
/// Mainland China telephone numbers. Digits may be ASCII or full-width; separators are spaces, hyphens,
/// dots and parentheses. All members are allocation-free except <see cref="NormalizeMobile"/>'s result.
/// </summary>
public static partial class PhoneNumber
{
    /// <summary>The number of digits of a mobile number.</summary>
    public const int MobileLength = 11;

    private const int MaxDigits = 32;

    /// <summary>
    /// Whether the input is a mobile number (手机号码): after removing separators and a leading
    /// <c>+86</c> or <c>0086</c>, <c>1</c>, a digit 3–9, then 9 digits.
    /// </summary>
    public static bool IsMobile(ReadOnlySpan<char> input)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        return MobileDigits(input, digits) is { Length: MobileLength };
    }

    /// <summary>The 11 digits of a mobile number (<c>+86 138-0013-8000</c> → <c>13800138000</c>); <see langword="null"/> if <see cref="IsMobile"/> is false.</summary>
    public static string? NormalizeMobile(ReadOnlySpan<char> input)
    {
        Span<char> digits = stackalloc char[MaxDigits];
        var mobile = MobileDigits(input, digits);
        return mobile.Length == MobileLength ? new string(mobile) : null;
    }

    // The 11 mobile digits inside the buffer, or an empty span.
    private static ReadOnlySpan<char> MobileDigits(ReadOnlySpan<char> input, Span<char> buffer)
    {
        var count = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = TextChars.ToHalfWidth(input[i]);
            if (c == '+' && count == 0 && i + 2 < input.Length && TextChars.DigitValue(input[i + 1]) == 8 && TextChars.DigitValue(input[i + 2]) == 6)
            {
                i += 2;
                continue;
            }

            if (TextChars.DigitValue(c) is var digit and >= 0 && count < buffer.Length)
            {
                buffer[count++] = (char)('0' + digit);
            }
            else if (!IsSeparator(c))
            {
                return [];
            }
        }

        var digits = buffer[..count];
        if (digits.StartsWith("0086"))
        {
            digits = digits[4..];
        }

        return digits is [ '1', >= '3' and <= '9', ..] && digits.Length == MobileLength ? digits : [];
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '(' or ')' or '\u00A0';
}
