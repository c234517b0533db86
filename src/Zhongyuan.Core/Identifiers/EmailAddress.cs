namespace Zhongyuan.Identifiers;

/// <summary>E-mail addresses, checked pragmatically rather than by the full RFC 5322 grammar.</summary>
public static class EmailAddress
{
    /// <summary>The longest address accepted (RFC 5321 path limit less the angle brackets).</summary>
    public const int MaxLength = 254;

    private const string LocalSymbols = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>
    /// Whether <paramref name="address"/> is <c>local@domain.tld</c>: at most 254 characters, one <c>@</c>,
    /// no whitespace or control characters; a local part of 1–64 letters, digits, dots (not first, last or
    /// doubled) and <c>!#$%&amp;'*+/=?^_`{|}~-</c>; a domain of at least two dot-separated labels of 1–63
    /// letters, digits and inner hyphens, where letters may be non-ASCII (internationalised names such as
    /// <c>例子.中国</c>) and the last label is not all digits. Allocation-free.
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> address)
    {
        var at = address.IndexOf('@');
        return address.Length <= MaxLength && at > 0 && at == address.LastIndexOf('@')
            && IsLocalPart(address[..at]) && IsDomain(address[(at + 1)..]);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > 64 || local[0] == '.' || local[^1] == '.' || local.IndexOf("..") >= 0)
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsLetterOrDigit(c) || c == '.' || LocalSymbols.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var labels = 0;
        var lastLabel = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.Split('.'))
        {
            lastLabel = domain[range];
            if (!IsLabel(lastLabel))
            {
                return false;
            }

            labels++;
        }

        return labels >= 2 && !TextChars.AllAsciiDigits(lastLabel);
    }

    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.Length is < 1 or > 63 || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
