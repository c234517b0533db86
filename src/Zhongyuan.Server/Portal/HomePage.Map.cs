using System.Text.Json;
using Zhongyuan.Regions;
using Zhongyuan.Search;

namespace Zhongyuan.Server.Portal;

internal static partial class HomePage
{
    /// <summary>
    /// Resources per city: a map of Henan drawn by chart.js from JSON embedded in a non-executable
    /// <c>script type="application/json"</c> element (no inline code, so a strict CSP stays possible), followed by a table
    /// of the same counts for screen readers and browsers without scripts.
    /// </summary>
    private static void Cities(Html html, PortalPage page, IReadOnlyList<FacetValue> regions)
    {
        var cities = CityCounts(regions);
        var province = regions.Where(r => RegionCatalog.Henan.CityOf(r.Value) is null).ToList();
        html.Raw("<section aria-labelledby=\"cities\"><h2 id=\"cities\">").Text(page.T("各市资源分布", "Resources by city")).Raw("</h2>")
            .Raw("<div id=\"henan-map\" class=\"chart chart-map\" role=\"img\" data-chart=\"map\" data-source=\"city-data\"")
            .Attr("aria-label", page.T("河南省各市资源数量地图，数据见下表", "Map of resources per city of Henan; the table below has the figures")).Raw("></div>")
            .Raw("<script type=\"application/json\" id=\"city-data\">").Raw(MapData(page, cities)).Raw("</script>");
        CityTable(html, page, cities, province);
        html.Raw("</section>");
    }

    /// <summary>Every city of Henan with the resources of the city and its counties, and the search that finds them.</summary>
    internal static IReadOnlyList<CityCount> CityCounts(IReadOnlyList<FacetValue> regions)
    {
        var byCity = regions.Where(r => RegionCatalog.Henan.CityOf(r.Value) is not null)
            .GroupBy(r => RegionCatalog.Henan.CityOf(r.Value)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
        // Each city links to its page (/regions/{code}: its and its counties' resources, counts per department).
        return [.. RegionCatalog.Henan.Cities.Select(c => new CityCount(c.Code, c.Name, byCity.GetValueOrDefault(c.Code), RegionPage.Url(c.Code)))];
    }

    private static string MapData(PortalPage page, IReadOnlyList<CityCount> cities) =>
        // The default encoder escapes < > & ' and non-ASCII, so the text cannot close the script element.
        JsonSerializer.Serialize(new
        {
            map = PortalAssets.Url("henan.json"),
            series = page.T("资源数", "Resources"),
            data = cities.Select(c => new { name = c.Name, code = c.Code, value = c.Count, url = c.Url }),
        });

    private static void CityTable(Html html, PortalPage page, IReadOnlyList<CityCount> cities, IReadOnlyList<FacetValue> province)
    {
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"cities\"><table id=\"city-table\" class=\"compact\"><thead><tr><th scope=\"col\">")
            .Text(page.T("地区", "Area")).Raw("</th><th scope=\"col\">").Text(page.T("资源数", "Resources")).Raw("</th></tr></thead><tbody>");
        foreach (var p in province)
        {
            Row(html, RegionCatalog.Henan.Find(p.Value)?.Name ?? p.Value, p.Count, PortalSearch.Url(regions: [p.Value]));
        }
        foreach (var city in cities.OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal))
        {
            Row(html, city.Name, city.Count, city.Count > 0 ? city.Url : null);
        }
        html.Raw("</tbody></table></div>");
    }

    private static void Row(Html html, string name, long count, string? url)
    {
        html.Raw("<tr><th scope=\"row\">");
        if (url is null)
        {
            html.Text(name);
        }
        else
        {
            html.Link(url, name);
        }
        html.Raw("</th><td class=\"num\">").Number(count).Raw("</td></tr>");
    }

    /// <summary>A city's resources.</summary>
    internal sealed record CityCount(string Code, string Name, long Count, string Url);
}
