using System.Globalization;

namespace Zhongyuan.Identifiers;

/// <summary>
/// The current named divisions of <see cref="NationalRegions"/> as a tree, each node holding an index of
/// the names of every division below it. Built once; read concurrently.
/// </summary>
internal sealed class RegionNameIndex
{
    // Longest first, so 新疆维吾尔自治区 loses 维吾尔自治区, not just 区.
    private static readonly string[] _suffixes =
        ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "地区", "省", "市", "盟", "县", "区"];

    public static readonly RegionNameIndex Instance = new(NationalRegions.All);

    /// <summary>Indexes the current, non-grouping divisions of <paramref name="regions"/>.</summary>
    public RegionNameIndex(IReadOnlyList<NationalRegion> regions)
    {
        var named = regions.Where(r => r.IsCurrent && !r.IsGrouping).ToDictionary(r => r.Code);
        Root = new Node(null, 0, 0);
        var nodes = new Dictionary<int, Node>();
        foreach (var region in named.Values.OrderBy(r => r.Code))
        {
            var parent = ParentCode(region.Code, named) is { } p ? nodes[p] : Root;
            nodes[region.Code] = new Node(region, parent.Depth + 1, region.Code) { Parent = parent };
        }

        foreach (var node in nodes.Values)
        {
            for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                ancestor.Add(node.Region!.Name, node, isShort: false);
                if (ShortName(node.Region.Name) is { } shortName)
                {
                    ancestor.Add(shortName, node, isShort: true);
                }
            }
        }

        MaxNameLength = named.Values.Max(r => r.Name.Length);
    }

    /// <summary>The node above the provinces.</summary>
    public Node Root { get; }

    /// <summary>The longest full name, which bounds a match.</summary>
    public int MaxNameLength { get; }

    private static int? ParentCode(int code, Dictionary<int, NationalRegion> named)
    {
        int[] candidates = code % 10_000 == 0 ? [] : code % 100 == 0 ? [code / 10_000 * 10_000] : [code / 100 * 100, code / 10_000 * 10_000];
        return candidates.Where(named.ContainsKey).Cast<int?>().FirstOrDefault();
    }

    private static string? ShortName(string name)
    {
        var suffix = _suffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
        return suffix is not null && name.Length - suffix.Length >= 2 ? name[..^suffix.Length] : null;
    }

    /// <summary>A division (or the root) and the names of everything below it.</summary>
    internal sealed class Node(NationalRegion? region, int depth, int code)
    {
        private readonly Dictionary<string, Entry> _names = new(StringComparer.Ordinal);

        // For each first character, a bit per name length present: most positions of an address start no name at all,
        // and where one does only its few lengths are looked up (the resolver runs once per masked address).
        private readonly Dictionary<char, ulong> _lengthsByFirst = [];

        public NationalRegion? Region { get; } = region;

        public Node? Parent { get; init; }

        /// <summary>1 for a province, 2 for a prefecture (or a county-level city under a province), 3 for a county.</summary>
        public int Depth { get; } = depth;

        public string CodeText { get; } = code.ToString("D6", CultureInfo.InvariantCulture);

        public bool TryFind(ReadOnlySpan<char> name, out Entry entry)
        {
            // The lookup is a cheap struct view over the dictionary, never written after construction.
            return _names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out entry!) && entry.Node is not null;
        }

        /// <summary>Bit n is set when a name of length n (below 64) starts with <paramref name="first"/>.</summary>
        public ulong LengthsStartingWith(char first) => _lengthsByFirst.GetValueOrDefault(first);

        // A full name beats a short one, then the higher level; a tie between two divisions makes the name ambiguous.
        public void Add(string name, Node node, bool isShort)
        {
            if (name.Length is > 0 and < 64)
            {
                _lengthsByFirst[name[0]] = _lengthsByFirst.GetValueOrDefault(name[0]) | (1UL << name.Length);
            }
            var rank = ((isShort ? 1 : 0) * 10) + node.Depth;
            if (!_names.TryGetValue(name, out var existing) || rank < existing.Rank)
            {
                _names[name] = new Entry(node, isShort, rank);
            }
            else if (rank == existing.Rank && existing.Node != node)
            {
                _names[name] = existing with { Node = null };
            }
        }
    }

    /// <summary>A name's division; <see langword="null"/> when the name is ambiguous at its rank.</summary>
    internal sealed record Entry(Node? Node, bool IsShort, int Rank);
}
