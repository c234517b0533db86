namespace Zhongyuan.Regions;

internal sealed partial class RegionCatalog
{
    private static readonly string[] _nameSuffixes = ["省", "市", "县", "区"];

    private static Dictionary<string, Region> IndexByCode(IReadOnlyList<Region> regions)
    {
        var byCode = new Dictionary<string, Region>(regions.Count, StringComparer.Ordinal);
        foreach (var region in regions)
        {
            if (!byCode.TryAdd(region.Code, region))
            {
                throw new FormatException($"Region code {region.Code} is listed twice.");
            }
        }

        return byCode;
    }

    private static Dictionary<string, List<Region>> IndexChildren(
        IReadOnlyList<Region> regions, Dictionary<string, Region> byCode)
    {
        var children = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in regions.Where(r => r.ParentCode is not null))
        {
            var parent = region.ParentCode!;
            if (!byCode.ContainsKey(parent))
            {
                throw new FormatException($"Region {region.Code} has parent {parent}, which is not listed.");
            }

            children.TryAdd(parent, []);
            children[parent].Add(region);
        }

        return children;
    }

    // Exact names first, then shortened names by level (province, city, county) and code, so
    // the first entry for a key is the preferred one.
    private static Dictionary<string, Region> IndexByName(IReadOnlyList<Region> regions)
    {
        var byName = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            byName.TryAdd(region.Name, region);
        }

        foreach (var region in regions.OrderBy(r => r.Level).ThenBy(r => r.Code, StringComparer.Ordinal))
        {
            if (ShortName(region.Name) is { } shortName)
            {
                byName.TryAdd(shortName, region);
            }
        }

        return byName;
    }

    private static string? ShortName(string name)
    {
        var suffix = _nameSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
        return suffix is not null && name.Length - suffix.Length >= 2 ? name[..^suffix.Length] : null;
    }
}
