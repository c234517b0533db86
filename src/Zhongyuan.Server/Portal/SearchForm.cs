namespace Zhongyuan.Server.Portal;

/// <summary>The search box: a labelled field and a button, sending <c>q</c> to <c>/search</c>.</summary>
internal static class SearchForm
{
    public static void Render(Html html, PortalPage page, string? query) =>
        html.Raw("<form class=\"search-form\" role=\"search\" method=\"get\" action=\"/search\">")
            .Raw("<label for=\"q\">").Text(page.T("搜索数据资源", "Search datasets")).Raw("</label><div class=\"search-row\">")
            .Raw("<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"200\"").Attr("value", query)
            .Attr("placeholder", page.T("例如：人口、企业、公交", "e.g. population, enterprise, bus")).Raw(">")
            .Raw("<button type=\"submit\">").Text(page.T("搜索", "Search")).Raw("</button></div></form>");
}
