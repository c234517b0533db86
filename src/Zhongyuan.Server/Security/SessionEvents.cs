using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Security;

/// <summary>
/// The cookie session's events: each request re-reads the account, and a session of a disabled account or of an older
/// session version (password, role or status changed since) ends; no redirects, problem answers instead.
/// </summary>
internal sealed class SessionEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var store = context.HttpContext.RequestServices.GetRequiredService<IdentityStore>();
        var account = principal?.UserId() is { } id ? await store.FindUserAsync(id, context.HttpContext.RequestAborted) : null;
        var version = principal?.FindFirstValue(SessionClaims.Version);
        if (account is null || !account.Active || version != account.SessionVersion.ToString(CultureInfo.InvariantCulture))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SecurityModule.SessionScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        SecurityProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "session_required",
            "未登录或会话已过期，请重新登录", "Not signed in, or the session has expired: sign in again");

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        SecurityProblems.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "forbidden",
            "当前角色无权执行此操作", "Your role does not allow this operation");
}
