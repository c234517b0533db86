using System.Security.Claims;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The server-side check of a console page: anonymous visitors go to the sign-in page (coming back here afterwards),
/// signed-in users without one of the page's roles get a 403 page. The JSON APIs the page calls check again.
/// </summary>
internal static class ConsoleGate
{
    /// <summary>Null when the caller holds one of <paramref name="roles"/>; otherwise the redirect or the 403 page.</summary>
    public static IResult? Check(PortalPage page, params Role[] roles)
    {
        if (!page.SignedIn)
        {
            return Results.Redirect("/signin?return=" + Uri.EscapeDataString(page.Here));
        }
        var role = page.User.FindFirst(ClaimTypes.Role)?.Value;
        return roles.Any(r => string.Equals(r.ToString(), role, StringComparison.Ordinal)) ? null : Forbidden(page, roles);
    }

    private static IResult Forbidden(PortalPage page, Role[] roles) =>
        PortalLayout.Render(page, page.T("无权访问", "Not allowed"), html =>
            html.Raw("<h1>").Text(page.T("无权访问", "Not allowed")).Raw("</h1><p id=\"forbidden\">")
                .Text(page.T("此页面仅限以下角色：", "This page is for: ") + string.Join(page.T("、", ", "), roles.Select(r => Localization.Labels.Of(r).In(page.English))))
                .Raw("</p><p>").Link("/console", page.T("返回工作台", "Back to the console")).Raw("</p>"), StatusCodes.Status403Forbidden);
}
