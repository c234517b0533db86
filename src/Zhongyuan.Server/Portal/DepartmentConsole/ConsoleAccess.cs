using System.Security.Claims;
using Zhongyuan.Identity;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// Who may open which console page, decided on the server before anything is shown: anonymous visitors go to the
/// sign-in page (and come back), a signed-in user without the role gets a 403 page. The API checks again on every call.
/// </summary>
internal static class ConsoleAccess
{
    /// <summary>The roles of department members (they belong to a department: 部门数据管理员, 部门用户, 数据分析员).</summary>
    private static readonly Role[] MemberRoles = [Role.DataSteward, Role.DepartmentUser, Role.Analyst];

    /// <summary>Whether the user holds a role (the role claim carries the <see cref="Role"/> name).</summary>
    public static bool Has(this ClaimsPrincipal user, Role role) => user.HasClaim(ClaimTypes.Role, role.ToString());

    /// <summary>A data steward of a department: registers resources, loads data, answers requests and tickets.</summary>
    public static bool IsSteward(ClaimsPrincipal user) => user.Has(Role.DataSteward) && user.DepartmentId() is not null;

    /// <summary>A member of a department (steward, department user or analyst): requests other departments' data.</summary>
    public static bool IsMember(ClaimsPrincipal user) => user.DepartmentId() is not null && MemberRoles.Any(user.Has);

    /// <summary>Any signed-in user.</summary>
    public static bool Anyone(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    /// <summary>Null when the caller may see the page; else the redirect to sign in or the 403 page.</summary>
    public static IResult? Refuse(PortalPage page, Func<ClaimsPrincipal, bool> allowed)
    {
        if (!page.SignedIn)
        {
            return Results.Redirect("/signin?return=" + Uri.EscapeDataString(page.Here));
        }
        return allowed(page.User) ? null : Forbidden(page);
    }

    /// <summary>The page shown to a signed-in user whose role does not open this page.</summary>
    public static IResult Forbidden(PortalPage page) =>
        PortalLayout.Render(page, page.T("无权访问", "Not allowed"), html => html
            .Raw("<section class=\"console\"><h1>").Text(page.T("无权访问", "Not allowed")).Raw("</h1><p id=\"console-forbidden\">")
            .Text(page.T("您的角色不能使用此页面。", "Your role cannot use this page."))
            .Raw("</p><p>").Link("/console", page.T("返回工作台", "Back to the console")).Raw("</p></section>"), StatusCodes.Status403Forbidden);

    /// <summary>The page shown when a resource is not the steward's department's (or does not exist).</summary>
    public static IResult NotFound(PortalPage page, string code) =>
        PortalLayout.Render(page, page.T("未找到", "Not found"), html => html
            .Raw("<section class=\"console\"><h1>").Text(page.T("未找到", "Not found")).Raw("</h1><p>")
            .Text(page.T($"本部门没有代码为“{code}”的信息资源。", $"Your department has no resource with the code \"{code}\"."))
            .Raw("</p><p>").Link("/console/resources", page.T("返回本部门资源", "Back to the department's resources")).Raw("</p></section>"),
            StatusCodes.Status404NotFound);
}
