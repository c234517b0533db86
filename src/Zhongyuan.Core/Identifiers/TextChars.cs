using System.Globalization;

namespace Zhongyuan.Identifiers;

/// <summary>Character classes shared by the normalisers and standardisers.</summary>
internal static class TextChars
{
    /// <summary>Maps a full-width form (U+FF01–U+FF5E) to its ASCII character and the ideographic space U+3000 to a space.</summary>
    public static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Whether <paramref name="c"/> has a half-width form <see cref="ToHalfWidth"/> changes.</summary>
    public static bool IsFullWidth(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '\u3000';

    /// <summary>
    /// Control characters (Unicode Cc, tab and line breaks included) and format characters (Cf: zero-width
    /// space and joiners, BOM U+FEFF, soft hyphen, direction marks): nothing a user sees.
    /// </summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c) || (c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>The value of an ASCII or full-width digit, else -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
        _ => -1,
    };

    /// <summary>Whether every character is an ASCII digit (true for an empty span).</summary>
    /// <remarks>A plain loop: <c>ContainsAnyExceptInRange</c> was measured allocating on short spans.</remarks>
    public static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
