using System.Text;

namespace Zhongyuan.Identifiers;

/// <summary>
/// Value standardisers for loads. Each returns the very same string instance when it changes nothing,
/// so a caller counts changes with <see cref="object.ReferenceEquals"/>; a value a standardiser cannot
/// read (an unparseable date or amount, an unknown region) is also returned unchanged. All are pure and
/// thread-safe, and throw <see cref="ArgumentNullException"/> for <see langword="null"/>.
/// </summary>
public static partial class Standardizers
{
    /// <summary>Full-width forms U+FF01–U+FF5E to ASCII (<c>１２３ＡＢ，</c> → <c>123AB,</c>) and the ideographic space U+3000 to a space.</summary>
    public static string FullWidthToHalfWidth(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = FirstIndex(value, TextChars.IsFullWidth);
        if (first < 0)
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = TextChars.ToHalfWidth(source[i]);
            }
        });
    }

    /// <summary>
    /// Removes control characters (tab and line breaks included) and format characters: zero-width space
    /// and joiners (U+200B–U+200D), word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD, direction marks.
    /// </summary>
    public static string RemoveInvisible(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var first = FirstIndex(value, TextChars.IsInvisible);
        if (first < 0)
        {
            return value;
        }

        var result = new StringBuilder(value.Length).Append(value, 0, first);
        foreach (var c in value.AsSpan(first))
        {
            if (!TextChars.IsInvisible(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Trims whitespace and replaces every inner run of whitespace (U+3000, no-break space, tabs and line
    /// breaks included) with one ASCII space: <c>" 张　 三 "</c> → <c>"张 三"</c>.
    /// </summary>
    public static string CollapseWhitespace(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!NeedsCollapse(value))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            result.Append(pendingSpace ? " " : "").Append(c);
            pendingSpace = false;
        }

        return result.ToString();
    }

    /// <summary>A region name to its 6-digit code with <see cref="RegionResolver.Resolve(ReadOnlySpan{char})"/> (<c>河南省郑州市金水区</c> → <c>410105</c>); unchanged when it does not resolve.</summary>
    public static string RegionNameToCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return RegionResolver.Resolve(value) ?? value;
    }

    /// <summary>A resident ID number to its 18-character form with <see cref="ResidentIdNumber.Normalize"/>; unchanged when that returns <see langword="null"/>.</summary>
    public static string ResidentId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Unchanged(value, ResidentIdNumber.Normalize(value));
    }

    // The original instance when the result is null or equal to it.
    private static string Unchanged(string value, string? result) =>
        result is null || result.Equals(value, StringComparison.Ordinal) ? value : result;

    private static int FirstIndex(string value, Func<char, bool> predicate)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (predicate(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NeedsCollapse(string value)
    {
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || (i + 1 < value.Length && char.IsWhiteSpace(value[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }
}
