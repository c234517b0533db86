using System.Security.Claims;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>The console's links, each shown only to the roles that may use its page.</summary>
internal static class ConsoleNav
{
    /// <summary>One console link: address, Chinese and English text, and who may follow it.</summary>
    private sealed record Entry(string Href, string Zh, string En, Func<ClaimsPrincipal, bool> Allowed);

    private static readonly Entry[] Entries =
    [
        new("/console", "工作台首页", "Console home", ConsoleAccess.Anyone),
        new("/console/resources", "本部门资源", "Our resources", ConsoleAccess.IsSteward),
        new("/console/requests", "共享申请", "Share requests", ConsoleAccess.IsMember),
        new("/console/tickets", "数据纠错", "Correction tickets", ConsoleAccess.IsSteward),
        new("/console/admin", "系统管理", "Administration", u => u.Has(Role.SystemAdministrator) || u.Has(Role.SecurityAdministrator)),
        new("/console/audit", "审计", "Audit", u => u.Has(Role.AuditAdministrator)),
        new("/developers", "开发者中心", "Developer centre", u => u.Has(Role.Developer)),
    ];

    /// <summary>The links the user may follow (the home link first).</summary>
    public static IEnumerable<(string Href, string Text)> For(PortalPage page) =>
        Entries.Where(e => e.Allowed(page.User)).Select(e => (e.Href, page.T(e.Zh, e.En)));

    /// <summary>Writes the console's sub-navigation, marking the current page.</summary>
    public static void Write(Html html, PortalPage page)
    {
        html.Raw("<nav class=\"console-nav\"").Attr("aria-label", page.T("工作台", "Console")).Raw("><ul>");
        foreach (var (href, text) in For(page))
        {
            var current = page.Path == href || (href != "/console" && page.Path.StartsWith(href + "/", StringComparison.Ordinal));
            html.Raw("<li>").Link(href, text, current: current ? "page" : null).Raw("</li>");
        }
        html.Raw("</ul></nav>");
    }

    /// <summary>Renders a console page: the sub-navigation, then the page's own content in a section.</summary>
    public static IResult Render(PortalPage page, string title, Action<Html> body, params string[] scripts) =>
        PortalLayout.Render(page, title, html =>
        {
            Write(html, page);
            html.Raw("<section class=\"console\"><h1>").Text(title).Raw("</h1>");
            body(html);
            html.Raw("</section>");
        }, StatusCodes.Status200OK, scripts);
}
