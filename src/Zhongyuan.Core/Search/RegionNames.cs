using System.Collections.Frozen;

namespace Zhongyuan.Search;

/// <summary>
/// Names of the province and its city-level divisions for the region facet. Other codes show as the code
/// until the catalog index is given a full division table.
/// </summary>
internal static class RegionNames
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["410000"] = "河南省", ["410100"] = "郑州市", ["410200"] = "开封市", ["410300"] = "洛阳市",
        ["410400"] = "平顶山市", ["410500"] = "安阳市", ["410600"] = "鹤壁市", ["410700"] = "新乡市",
        ["410800"] = "焦作市", ["410900"] = "濮阳市", ["411000"] = "许昌市", ["411100"] = "漯河市",
        ["411200"] = "三门峡市", ["411300"] = "南阳市", ["411400"] = "商丘市", ["411500"] = "信阳市",
        ["411600"] = "周口市", ["411700"] = "驻马店市", ["419001"] = "济源市",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name of a region code, or the code itself.</summary>
    public static string Of(string code) => Names.GetValueOrDefault(code, code);
}
