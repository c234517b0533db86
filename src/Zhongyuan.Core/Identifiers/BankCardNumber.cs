namespace Zhongyuan.Identifiers;

/// <summary>Bank card numbers (银行卡号, ISO/IEC 7812 as used by China UnionPay).</summary>
public static class BankCardNumber
{
    /// <summary>
    /// Whether <paramref name="number"/> is 12–19 ASCII digits, ignoring single spaces between groups
    /// (<c>6222 0200 …</c>), whose last digit is the Luhn check digit of the others. Allocation-free.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        if (number.IsEmpty || number[0] == ' ' || number[^1] == ' ' || number.IndexOf("  ") >= 0)
        {
            return false;
        }

        var sum = 0;
        var count = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            var c = number[i];
            if (c == ' ')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var digit = c - '0';
            sum += count++ % 2 == 1 ? (digit * 2) - (digit >= 5 ? 9 : 0) : digit;
        }

        return count is >= 12 and <= 19 && sum % 10 == 0;
    }

    /// <summary>The Luhn check digit to append to <paramref name="payload"/> (ASCII digits).</summary>
    /// <exception cref="ArgumentException">The payload is empty or holds a non-digit.</exception>
    public static char ComputeCheckDigit(ReadOnlySpan<char> payload)
    {
        if (payload.IsEmpty || !TextChars.AllAsciiDigits(payload))
        {
            throw new ArgumentException("Expected ASCII digits.", nameof(payload));
        }

        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var digit = payload[payload.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? (digit * 2) - (digit >= 5 ? 9 : 0) : digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
