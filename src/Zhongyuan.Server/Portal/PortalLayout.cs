namespace Zhongyuan.Server.Portal;

/// <summary>The frame of every portal page: head, header with navigation and the language switch, footer.</summary>
internal static class PortalLayout
{
    /// <summary>Renders a whole page as an HTML response; <paramref name="scripts"/> names embedded scripts the page loads (deferred).</summary>
    public static IResult Render(PortalPage page, string title, Action<Html> main, int status = StatusCodes.Status200OK,
        params string[] scripts)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html").Attr("lang", page.LangTag).Raw("><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · ").Text(page.T("中原政务数据开放平台", "Zhongyuan Open Data")).Raw("</title>")
            .Raw("<link rel=\"stylesheet\"").Attr("href", PortalAssets.Url("portal.css")).Raw(">");
        foreach (var script in scripts.Prepend("portal.js"))
        {
            html.Raw("<script defer").Attr("src", PortalAssets.Url(script)).Raw("></script>");
        }
        html.Raw("</head><body>");
        Header(html, page);
        html.Raw("<main id=\"main\">");
        main(html);
        html.Raw("</main>");
        Footer(html, page);
        html.Raw("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    private static void Header(Html html, PortalPage page)
    {
        html.Raw("<a class=\"skip\" href=\"#main\">").Text(page.T("跳到正文", "Skip to content")).Raw("</a>")
            .Raw("<header class=\"site\"><div class=\"bar\">")
            .Link("/", page.T("中原政务数据开放平台", "Zhongyuan Open Data"), "brand")
            .Raw("<nav").Attr("aria-label", page.T("主导航", "Main")).Raw("><ul>")
            .Raw("<li>").Link("/", page.T("首页", "Home"), current: page.Path == "/" ? "page" : null).Raw("</li>")
            .Raw("<li>").Link("/search", page.T("数据目录", "Datasets"), current: page.Path == "/search" ? "page" : null).Raw("</li>")
            .Raw("<li>").Link("/showcase", page.T("应用成果", "Showcase"), current: page.Path == "/showcase" ? "page" : null).Raw("</li>")
            .Raw("<li>").Link("/requests", page.T("数据需求", "Requests"), current: page.Path == "/requests" ? "page" : null).Raw("</li>")
            .Raw("<li>").Link("/api/docs/", page.T("开发者接口", "API")).Raw("</li>")
            .Raw("<li>").Link("/developers", page.T("开发者中心", "Developers"), current: page.Path == "/developers" ? "page" : null).Raw("</li>")
            .Raw("</ul></nav>");
        Account(html, page);
        var other = page.English ? "zh" : "en";
        html.Raw("<a class=\"lang-switch\" id=\"lang-switch\"").Attr("href", page.With(("lang", other))).Attr("lang", page.English ? "zh-CN" : "en")
            .Attr("hreflang", page.English ? "zh-CN" : "en").Raw(">").Text(page.English ? "中文" : "English").Raw("</a>")
            .Raw("</div></header>");
    }

    /// <summary>Sign-in link, or the signed-in user with the console and a sign-out button (portal.js posts it).</summary>
    private static void Account(Html html, PortalPage page)
    {
        html.Raw("<div class=\"account\">");
        if (page.SignedIn)
        {
            html.Raw("<span class=\"user\" id=\"signed-in-user\">").Text(page.UserName).Raw("</span>")
                .Link("/console", page.T("工作台", "Console"))
                .Raw("<button type=\"button\" class=\"link\" id=\"sign-out\">").Text(page.T("退出", "Sign out")).Raw("</button>");
        }
        else
        {
            html.Link("/signin?return=" + Uri.EscapeDataString(page.Here), page.T("登录", "Sign in"), current: page.Path == "/signin" ? "page" : null);
        }
        html.Raw("</div>");
    }

    private static void Footer(Html html, PortalPage page) =>
        html.Raw("<footer class=\"site\"><p>")
            .Text(page.T("河南省政务数据开放平台（演示）· 数据遵循开放许可，使用时请注明来源。",
                "Henan Province open government data (demonstration) · Open licence: please credit the source."))
            .Raw("</p><p>").Link("/catalog.ttl", "DCAT").Text(" · ").Link("/api/3/action/package_list", "CKAN API").Text(" · ")
            .Link("/api/docs/", page.T("接口文档", "API reference")).Raw("</p></footer>");
}
