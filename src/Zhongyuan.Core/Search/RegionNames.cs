using Zhongyuan.Regions;

namespace Zhongyuan.Search;

/// <summary>Names of region codes for the region facet, from the GB/T 2260 table; unknown codes show as the code.</summary>
internal static class RegionNames
{
    /// <summary>The name of a region code, or the code itself.</summary>
    public static string Of(string code) => RegionCatalog.Henan.Find(code)?.Name ?? code;
}
