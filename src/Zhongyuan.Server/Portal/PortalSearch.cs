using System.Diagnostics;
using Microsoft.Extensions.Primitives;
using Zhongyuan.Search;
using Zhongyuan.Server.Api;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The search page <c>/search?q=…&amp;theme=…&amp;department=…&amp;region=…&amp;open=…&amp;format=…&amp;sort=…&amp;page=…</c>:
/// the catalog search with facet links, highlighted snippets and a pager. Filters repeat (either value matches).
/// One index search, plus one more only when nothing matched (to suggest popular themes).
/// </summary>
internal static partial class PortalSearch
{
    private const int PageSize = 10;

    /// <summary>The query parameters that filter, with the facet each one filters.</summary>
    private static readonly (string Parameter, string Facet)[] Filters =
    [
        ("theme", CatalogFacets.Theme), ("department", CatalogFacets.Provider), ("region", CatalogFacets.Region),
        ("open", CatalogFacets.OpenType), ("format", CatalogFacets.Format),
    ];

    /// <summary>An address of the search page.</summary>
    public static string Url(string? q = null, string? theme = null, string? department = null, IReadOnlyList<string>? regions = null, string? sort = null) =>
        PortalPage.Url("/search", new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["q"] = q, ["theme"] = theme, ["department"] = department, ["region"] = new StringValues([.. regions ?? []]), ["sort"] = sort,
        });

    public static IResult Get(HttpContext context, CatalogIndexHost index, string? q, string? sort, int? page)
    {
        var view = PortalPage.From(context);
        var order = SearchSort.Relevance;
        if (sort is not null && !Localization.Labels.TryParse(sort, out order))
        {
            order = SearchSort.Relevance;
        }
        var query = new CatalogSearch
        {
            Text = q, Themes = Values(context, "theme"), Providers = Values(context, "department"), Regions = Values(context, "region"),
            OpenTypes = Values(context, "open"), Formats = Values(context, "format"), Sort = order, Page = Math.Clamp(page ?? 1, 1, 1000), PageSize = PageSize,
        };
        var started = Stopwatch.GetTimestamp();
        var results = index.Index.Search(query);
        PlatformMetrics.SearchDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var popular = results.Total == 0 ? index.Index.Search(new CatalogSearch { Sort = SearchSort.Date, PageSize = 5 }) : null;
        var title = string.IsNullOrWhiteSpace(q) ? view.T("数据目录", "Datasets") : view.T($"搜索“{q}”", $"Search \"{q}\"");
        return PortalLayout.Render(view, title, html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1>");
            SearchForm.Render(html, view, q);
            html.Raw("<div class=\"search-layout\">");
            Facets(html, view, results);
            html.Raw("<section class=\"search-results\" aria-labelledby=\"result-count\">");
            Summary(html, view, results, order);
            if (popular is not null)
            {
                NoResults(html, view, q, popular);
            }
            else
            {
                html.Raw("<ul class=\"results\" id=\"results\">");
                foreach (var hit in results.Hits)
                {
                    ResourceSummary.Render(html, view, hit.Resource, hit.Highlights);
                }
                html.Raw("</ul>");
                Pager(html, view, results);
            }
            html.Raw("</section></div>");
        });
    }

    private static string[]? Values(HttpContext context, string name)
    {
        var values = context.Request.Query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray();
        return values.Length == 0 ? null : values;
    }

    private static bool HasFilters(PortalPage page) => Filters.Any(f => page.Query[f.Parameter].Count > 0);
}
