using Microsoft.Extensions.Primitives;
using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Search;

namespace Zhongyuan.Server.Portal;

internal static partial class PortalSearch
{
    private const int FacetValuesShown = 10;

    private static void Facets(Html html, PortalPage page, SearchResults results)
    {
        html.Raw("<aside class=\"facets\" aria-label=\"").Text(page.T("筛选", "Filters")).Raw("\">");
        if (HasFilters(page))
        {
            var cleared = Filters.Select(f => (f.Parameter, (string?)null)).Append(("page", null)).ToArray();
            html.Raw("<p>").Link(page.With(cleared), page.T("清除全部筛选", "Clear all filters"), "clear").Raw("</p>");
        }
        foreach (var (parameter, facet) in Filters)
        {
            var values = results.Facets[facet];
            var selected = page.Query[parameter];
            if (values.Count == 0 && selected.Count == 0)
            {
                continue;
            }
            html.Raw("<section class=\"facet\"><h2>").Text(FacetTitle(page, facet)).Raw("</h2><ul>");
            foreach (var value in values.Take(FacetValuesShown).Concat(values.Skip(FacetValuesShown).Where(v => selected.Contains(v.Value))))
            {
                var on = selected.Contains(value.Value);
                html.Raw("<li><a").Attr("href", Toggle(page, parameter, value.Value, on)).Attr("class", on ? "selected" : null)
                    .Attr("aria-current", on ? "true" : null).Raw(">").Text(FacetLabel(page, facet, value))
                    .Raw(" <span class=\"count\">").Number(value.Count).Raw("</span>");
                if (on)
                {
                    html.Raw("<span class=\"visually-hidden\">").Text(page.T("（已选，点击取消）", " (selected, select to remove)")).Raw("</span>");
                }
                html.Raw("</a></li>");
            }
            html.Raw("</ul></section>");
        }
        html.Raw("</aside>");
    }

    private static string Toggle(PortalPage page, string parameter, string value, bool on)
    {
        var current = page.Query[parameter].Where(v => v is not null).Select(v => v!).ToList();
        var next = on ? current.Where(v => v != value).ToList() : [.. current, value];
        var query = page.Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        query[parameter] = new StringValues([.. next]);
        query.Remove("page");
        return PortalPage.Url(page.Path, query);
    }

    private static string FacetTitle(PortalPage page, string facet) => facet switch
    {
        CatalogFacets.Theme => page.T("主题", "Theme"),
        CatalogFacets.Provider => page.T("提供部门", "Department"),
        CatalogFacets.Region => page.T("行政区划", "Region"),
        CatalogFacets.OpenType => page.T("开放类型", "Openness"),
        _ => page.T("资源格式", "Format"),
    };

    private static string FacetLabel(PortalPage page, string facet, FacetValue value) => facet switch
    {
        CatalogFacets.Theme => ThemeNames.Of(value.Value, page.English),
        CatalogFacets.OpenType => EnumLabel<OpenType>(page, value),
        CatalogFacets.Format => EnumLabel<ResourceFormat>(page, value),
        _ => value.Label,
    };

    private static string EnumLabel<T>(PortalPage page, FacetValue value) where T : struct, Enum =>
        Labels.TryParse<T>(value.Value, out var member) ? Labels.Of(member).In(page.English) : value.Label;

    private static void Summary(Html html, PortalPage page, SearchResults results, SearchSort order)
    {
        html.Raw("<div class=\"result-bar\"><p id=\"result-count\" role=\"status\">")
            .Text(page.T($"共 {results.Total:N0} 个资源", $"{results.Total:N0} resources")).Raw("</p>")
            .Raw("<nav class=\"sort\" aria-label=\"").Text(page.T("排序", "Sort")).Raw("\"><span>").Text(page.T("排序：", "Sort by: ")).Raw("</span>");
        foreach (var (value, label) in Labels.All<SearchSort>())
        {
            var key = value.ToString().ToLowerInvariant();
            html.Link(page.With(("sort", key), ("page", null)), label.In(page.English), value == order ? "selected" : null, value == order ? "true" : null);
        }
        html.Raw("</nav></div>");
    }

    private static void Pager(Html html, PortalPage page, SearchResults results)
    {
        var last = Math.Max(1, (results.Total + results.PageSize - 1) / results.PageSize);
        if (last == 1)
        {
            return;
        }
        html.Raw("<nav class=\"pager\" aria-label=\"").Text(page.T("分页", "Pages")).Raw("\"><ul>");
        if (results.Page > 1)
        {
            html.Raw("<li>").Link(PageUrl(page, results.Page - 1), page.T("上一页", "Previous"), "prev").Raw("</li>");
        }
        foreach (var n in Enumerable.Range(Math.Max(1, results.Page - 3), Math.Min(last, results.Page + 3) - Math.Max(1, results.Page - 3) + 1))
        {
            html.Raw("<li>").Link(PageUrl(page, n), n.ToString(System.Globalization.CultureInfo.InvariantCulture), n == results.Page ? "selected" : null,
                n == results.Page ? "page" : null).Raw("</li>");
        }
        if (results.Page < last)
        {
            html.Raw("<li>").Link(PageUrl(page, results.Page + 1), page.T("下一页", "Next"), "next").Raw("</li>");
        }
        html.Raw("</ul></nav>");
    }

    private static string PageUrl(PortalPage page, int n) =>
        page.With(("page", n == 1 ? null : n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static void NoResults(Html html, PortalPage page, string? q, SearchResults popular)
    {
        html.Raw("<div class=\"no-results\" id=\"no-results\"><h2>").Text(page.T("没有找到匹配的资源", "No resources match")).Raw("</h2><ul>");
        if (HasFilters(page))
        {
            html.Raw("<li>").Link(Url(q: q), page.T("去掉筛选条件，只按关键词搜索", "Search the words without the filters"), "suggest-drop-filters").Raw("</li>");
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            html.Raw("<li>").Text(page.T("换一个更短或更通用的词，例如“人口”“企业”“交通”。",
                "Try a shorter or more general word, e.g. 人口 (population), 企业 (enterprise), 交通 (transport).")).Raw("</li>");
        }
        html.Raw("<li>").Link("/search", page.T("浏览全部资源", "Browse all resources")).Raw("</li></ul><h3>").Text(page.T("热门主题", "Popular themes"))
            .Raw("</h3><ul class=\"tiles\" id=\"popular-themes\">");
        foreach (var theme in popular.Facets[CatalogFacets.Theme].Take(8))
        {
            html.Raw("<li><a").Attr("href", Url(theme: theme.Value)).Raw(">").Text(ThemeNames.Of(theme.Value, page.English))
                .Raw(" <span class=\"count\">").Number(theme.Count).Raw("</span></a></li>");
        }
        html.Raw("</ul><h3>").Text(page.T("最新资源", "Newest resources")).Raw("</h3><ul class=\"results\">");
        foreach (var hit in popular.Hits)
        {
            ResourceSummary.Render(html, page, hit.Resource, null);
        }
        html.Raw("</ul></div>");
    }
}
