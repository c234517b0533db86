using System.Globalization;
using Zhongyuan.Regions;
using Zhongyuan.Search;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// A city's page <c>/regions/{code}</c>: the published resources whose region is the city or one of its counties and
/// districts, and how many each department provides. One index search (hits and the provider facet together), no SQL.
/// </summary>
internal static class RegionPage
{
    /// <summary>The address of a region's page.</summary>
    public static string Url(string code) => "/regions/" + Uri.EscapeDataString(code);

    public static IResult Get(string code, HttpContext context, CatalogIndexHost index)
    {
        var page = PortalPage.From(context);
        if (RegionCatalog.Henan.Find(code) is not { } region)
        {
            return PortalLayout.Render(page, page.T("未找到地区", "Region not found"), html => html.Raw("<h1>").Text(page.T("未找到地区", "Region not found"))
                .Raw("</h1><p>").Link("/", page.T("返回首页", "Back to the home page")).Raw("</p>"), StatusCodes.Status404NotFound);
        }
        // The province page would mean everything; a city's page covers it and the divisions directly under it.
        var codes = RegionCatalog.Henan.Children(code).Select(c => c.Code).Prepend(code).ToList();
        var results = index.Index.Search(new CatalogSearch { Regions = codes, Sort = SearchSort.Name, PageSize = CatalogSearch.MaxPageSize });
        return PortalLayout.Render(page, region.Name, html =>
        {
            html.Raw("<h1>").Text(region.Name).Raw("</h1><p class=\"lead\" id=\"region-total\">")
                .Text(page.T($"覆盖{region.Name}及所辖区县的已发布资源 {results.Total} 个。", $"{results.Total} published resources covering {region.Name} and its counties and districts."))
                .Raw("</p>");
            Departments(html, page, results.Facets[CatalogFacets.Provider]);
            html.Raw("<section aria-labelledby=\"region-resources\"><h2 id=\"region-resources\">").Text(page.T("资源", "Resources")).Raw("</h2><ul class=\"results\">");
            foreach (var hit in results.Hits)
            {
                ResourceSummary.Render(html, page, hit.Resource, null);
            }
            html.Raw("</ul>");
            if (results.Total > results.Hits.Count)
            {
                html.Raw("<p>").Link(PortalSearch.Url(regions: codes), page.T($"全部 {results.Total} 个资源 →", $"All {results.Total} resources →")).Raw("</p>");
            }
            html.Raw("</section>");
        });
    }

    private static void Departments(Html html, PortalPage page, IReadOnlyList<FacetValue> providers)
    {
        html.Raw("<section aria-labelledby=\"region-departments\"><h2 id=\"region-departments\">").Text(page.T("各部门资源数", "Resources per department"))
            .Raw("</h2><table id=\"region-departments-table\"><thead><tr><th scope=\"col\">").Text(page.T("部门", "Department")).Raw("</th><th scope=\"col\">")
            .Text(page.T("资源数", "Resources")).Raw("</th></tr></thead><tbody>");
        foreach (var provider in providers.Where(p => p.Count > 0))
        {
            html.Raw("<tr><th scope=\"row\">").Link("/departments/" + provider.Value, provider.Label).Raw("</th><td>")
                .Text(provider.Count.ToString("N0", CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></section>");
    }
}
