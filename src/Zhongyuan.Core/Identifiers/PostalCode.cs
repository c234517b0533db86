namespace Zhongyuan.Identifiers;

/// <summary>The postal code (邮政编码) of mainland China.</summary>
public static class PostalCode
{
    /// <summary>Whether <paramref name="code"/> is 6 ASCII digits, the first 0–8 (no code starts with 9). Allocation-free.</summary>
    public static bool IsValid(ReadOnlySpan<char> code) =>
        code.Length == 6 && code[0] is >= '0' and <= '8' && TextChars.AllAsciiDigits(code);
}
