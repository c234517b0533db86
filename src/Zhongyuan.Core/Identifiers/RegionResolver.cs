namespace Zhongyuan.Identifiers;

/// <summary>
/// Resolves region names to GB/T 2260 codes: a chain of division names from any level down
/// (<c>河南省郑州市金水区</c>, <c>郑州市金水区</c>, <c>郑州金水区</c>), each name full or without its
/// suffix 省/市/区/县/地区/盟/自治区. A name below the level reached so far may skip levels when it is
/// unique under it (<c>金水区</c> alone: the only 金水区 in the list). Knows the current provinces and
/// prefectures of China and Henan's counties (see <see cref="NationalRegions"/>). Allocation-free on success.
/// </summary>
public static class RegionResolver
{
    /// <summary>
    /// The 6-digit code of the division <paramref name="text"/> names in full (surrounding and in-between
    /// whitespace ignored), e.g. <c>河南省郑州市金水区</c> → <c>410105</c>, <c>广东省</c> → <c>440000</c>;
    /// <see langword="null"/> when some part of the text is not a division under the previous one, or a
    /// name is ambiguous.
    /// </summary>
    public static string? Resolve(ReadOnlySpan<char> text) => Resolve(RegionNameIndex.Instance, text);

    /// <summary><see cref="Resolve(ReadOnlySpan{char})"/> over another list (tests).</summary>
    internal static string? Resolve(RegionNameIndex index, ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        var node = Walk(index, trimmed, prefix: false, out var consumed);
        return node is not null && consumed == trimmed.Length ? node.CodeText : null;
    }

    /// <summary>
    /// The code of the longest chain of division names at the start of an address, e.g.
    /// <c>河南省郑州市金水区文化路1号</c> → <c>410105</c>, <c>郑州市中原路8号</c> → <c>410100</c>;
    /// <see langword="null"/> when the address does not start with a division name. Inside an address a
    /// county is only recognised by its full name (<c>中原区</c>), so a street such as 中原路 is not
    /// mistaken for it.
    /// </summary>
    public static string? ResolvePrefix(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Walk(RegionNameIndex.Instance, address.AsSpan().TrimStart(), prefix: true, out _)?.CodeText;
    }

    /// <summary>
    /// <see cref="ResolvePrefix(string)"/>, also giving how many characters of <paramref name="address"/> (from its
    /// start, leading whitespace included) name the division: the text a masked address keeps.
    /// </summary>
    internal static string? ResolvePrefix(string address, out int length)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.AsSpan().TrimStart();
        var node = Walk(RegionNameIndex.Instance, trimmed, prefix: true, out var consumed);
        length = node is null ? 0 : address.Length - trimmed.Length + consumed;
        return node?.CodeText;
    }

    private static RegionNameIndex.Node? Walk(RegionNameIndex index, ReadOnlySpan<char> text, bool prefix, out int consumed)
    {
        var context = index.Root;
        RegionNameIndex.Node? last = null;
        var position = 0;
        while (position < text.Length && Longest(index, context, text, position, prefix) is ({ } entry, var length))
        {
            last = context = entry.Node!;
            position += length;
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        consumed = last is null ? 0 : position;
        return last;
    }

    private static (RegionNameIndex.Entry? Entry, int Length) Longest(
        RegionNameIndex index, RegionNameIndex.Node context, ReadOnlySpan<char> text, int position, bool prefix)
    {
        var lengths = context.LengthsStartingWith(text[position]);
        for (var length = Math.Min(index.MaxNameLength, text.Length - position); length >= 2; length--)
        {
            if ((lengths & (1UL << length)) != 0 && context.TryFind(text.Slice(position, length), out var entry)
                && !(prefix && entry.IsShort && entry.Node!.Depth >= 3 && position + length < text.Length))
            {
                return (entry, length);
            }
        }

        return (null, 0);
    }
}
