using Zhongyuan.Catalog;
using Zhongyuan.OpenData.Usage;
using Zhongyuan.Search;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The home page: what is open (counts, data API calls and downloads), themes, departments and cities with counts, the
/// newest and the most used resources. One index search (hits and facets together) and three database queries (data
/// figures, usage totals, most used), whatever the size of the catalog. The cities are drawn as a map of Henan
/// (ECharts) over a table of the same counts.
/// </summary>
internal static partial class HomePage
{
    private const int Newest = 8;
    private const int Departments = 12;
    private const int MostUsed = 5;
    private const int MostUsedDays = 30;

    public static async Task<IResult> Get(HttpContext context, CatalogIndexHost index, Zhongyuan.Storage.Database database, UsageMeter usage, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        var results = index.Index.Search(new CatalogSearch { Sort = SearchSort.Date, PageSize = Newest });
        var (withData, rows) = await PortalStats.DataAsync(database, ct);
        var totals = await usage.TotalsAsync(ct: ct);
        var used = await usage.MostUsedAsync(usage.DaysAgo(MostUsedDays), MostUsed, ct);
        return PortalLayout.Render(page, page.T("首页", "Home"), html =>
        {
            Hero(html, page);
            Figures(html, page, results, withData, rows, totals);
            Themes(html, page, results.Facets[CatalogFacets.Theme]);
            Providers(html, page, results.Facets[CatalogFacets.Provider]);
            Cities(html, page, results.Facets[CatalogFacets.Region]);
            NewestList(html, page, results.Hits);
            MostUsedList(html, page, used);
        }, StatusCodes.Status200OK, "echarts.min.js", "chart.js");
    }

    private static void Hero(Html html, PortalPage page)
    {
        html.Raw("<section class=\"hero\"><h1>").Text(page.T("河南省政务数据开放平台", "Henan Open Government Data"))
            .Raw("</h1><p>").Text(page.T("检索、预览和下载省、市各部门开放的政务数据，或通过接口调用。",
                "Find, preview and download data opened by provincial and city departments, or use it through the API."))
            .Raw("</p>");
        SearchForm.Render(html, page, null);
        html.Raw("</section>");
    }

    private static void Figures(Html html, PortalPage page, SearchResults results, long withData, long rows, ResourceUsage totals)
    {
        var open = results.Facets[CatalogFacets.OpenType].FirstOrDefault(v => v.Value == "unconditional")?.Count ?? 0;
        html.Raw("<section aria-labelledby=\"figures\"><h2 id=\"figures\" class=\"visually-hidden\">").Text(page.T("开放概况", "At a glance"))
            .Raw("</h2><dl class=\"figures\">");
        Figure(html, page.T("已发布资源", "Published resources"), results.Total, "stat-published");
        Figure(html, page.T("无条件开放资源", "Open resources"), open, "stat-open");
        Figure(html, page.T("有数据的资源", "Resources with data"), withData, "stat-with-data");
        Figure(html, page.T("数据行数", "Rows of data"), rows, "stat-rows");
        Figure(html, page.T("提供部门", "Departments"), results.Facets[CatalogFacets.Provider].Count, "stat-departments");
        Figure(html, page.T("接口调用次数", "Data API calls"), totals.ApiCalls, "stat-api-calls");
        Figure(html, page.T("下载次数", "Downloads"), totals.Downloads, "stat-downloads");
        html.Raw("</dl></section>");
    }

    private static void Figure(Html html, string label, long value, string id) =>
        html.Raw("<div class=\"figure\"").Attr("id", id).Raw("><dt>").Text(label).Raw("</dt><dd>").Number(value).Raw("</dd></div>");

    private static void Themes(Html html, PortalPage page, IReadOnlyList<FacetValue> counts)
    {
        var byTheme = counts.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);
        html.Raw("<section aria-labelledby=\"themes\"><h2 id=\"themes\">").Text(page.T("主题", "Themes")).Raw("</h2><ul class=\"tiles\">");
        foreach (var theme in OpenDataThemes.All)
        {
            var count = byTheme.GetValueOrDefault(theme);
            html.Raw("<li><a").Attr("href", PortalSearch.Url(theme: theme)).Raw("><span>").Text(ThemeNames.Of(theme, page.English))
                .Raw("</span> <span class=\"count\">").Number(count).Raw("</span></a></li>");
        }
        html.Raw("</ul></section>");
    }

    private static void Providers(Html html, PortalPage page, IReadOnlyList<FacetValue> providers)
    {
        html.Raw("<section aria-labelledby=\"departments\"><h2 id=\"departments\">").Text(page.T("部门", "Departments")).Raw("</h2><ul class=\"list-columns\">");
        foreach (var provider in providers.Take(Departments))
        {
            html.Raw("<li>").Link("/departments/" + provider.Value, provider.Label).Raw(" <span class=\"count\">").Number(provider.Count).Raw("</span></li>");
        }
        html.Raw("</ul>");
        if (providers.Count > Departments)
        {
            html.Raw("<p>").Link("/search", page.T($"全部 {providers.Count} 个部门 →", $"All {providers.Count} departments →")).Raw("</p>");
        }
        html.Raw("</section>");
    }

    private static void NewestList(Html html, PortalPage page, IReadOnlyList<SearchHit> hits)
    {
        html.Raw("<section aria-labelledby=\"newest\"><h2 id=\"newest\">").Text(page.T("最新资源", "Newest resources")).Raw("</h2><ul class=\"results\">");
        foreach (var hit in hits)
        {
            ResourceSummary.Render(html, page, hit.Resource, null);
        }
        html.Raw("</ul><p>").Link(PortalSearch.Url(sort: "date"), page.T("查看全部 →", "See all →")).Raw("</p></section>");
    }

    private static void MostUsedList(Html html, PortalPage page, IReadOnlyList<ResourceUsage> used)
    {
        html.Raw("<section aria-labelledby=\"most-used\"><h2 id=\"most-used\">").Text(page.T("近 30 天最常用", "Most used, last 30 days")).Raw("</h2>");
        if (used.Count == 0)
        {
            html.Raw("<p>").Text(page.T("近 30 天还没有数据调用或下载。", "No data calls or downloads in the last 30 days.")).Raw("</p></section>");
            return;
        }
        html.Raw("<ol class=\"most-used\" id=\"most-used-list\">");
        foreach (var u in used)
        {
            html.Raw("<li>").Link(ResourcePage.Url(u.Code), u.Name).Raw(" <span class=\"count\">")
                .Text(UsageText(page, u)).Raw("</span></li>");
        }
        html.Raw("</ol></section>");
    }

    /// <summary>"调用 N 次 · 下载 M 次".</summary>
    internal static string UsageText(PortalPage page, ResourceUsage u)
    {
        var calls = u.ApiCalls.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        var downloads = u.Downloads.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return page.T($"调用 {calls} 次 · 下载 {downloads} 次", $"{calls} calls · {downloads} downloads");
    }
}
