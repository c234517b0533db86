using Zhongyuan.Search;

namespace Zhongyuan.Benchmarks;

/// <summary>A realistic mix of portal searches, as an API query string and as the equivalent <see cref="CatalogSearch"/>.</summary>
internal sealed record SearchQuery(string Label, string QueryString, CatalogSearch Search)
{
    public static IReadOnlyList<SearchQuery> Mix { get; } =
    [
        new("blank landing query (facets, newest first)", "", new CatalogSearch()),
        new("q=人口", "q=人口", new CatalogSearch { Text = "人口" }),
        new("q=企业 登记", "q=企业%20登记", new CatalogSearch { Text = "企业 登记" }),
        new("q=空气质量", "q=空气质量", new CatalogSearch { Text = "空气质量" }),
        new("shareType=unconditional&theme=生态环境", "shareType=unconditional&theme=生态环境",
            new CatalogSearch { ShareTypes = ["unconditional"], Themes = ["生态环境"] }),
        new("q=人口&page=2", "q=人口&page=2", new CatalogSearch { Text = "人口", Page = 2 }),
        new("blank, page=2", "page=2", new CatalogSearch { Page = 2 }),
        new("q=登记&sort=date", "q=登记&sort=date", new CatalogSearch { Text = "登记", Sort = SearchSort.Date }),
        new("q=交通&sort=name", "q=交通&sort=name", new CatalogSearch { Text = "交通", Sort = SearchSort.Name }),
        new("q=医疗 机构&openType=conditional", "q=医疗%20机构&openType=conditional",
            new CatalogSearch { Text = "医疗 机构", OpenTypes = ["conditional"] }),
    ];
}
