using System.Security.Cryptography;
using System.Text;

namespace Zhongyuan.Server.Security;

/// <summary>
/// Rules for cookie sessions only (token callers are exempt: a browser never attaches a token by itself):
/// an unsafe method must carry the session's anti-forgery token in <c>X-ZY-CSRF</c> (sign-in excepted), and until the
/// initial password is changed the session may only change it, sign out and read <c>/auth/me</c>.
/// </summary>
internal sealed class SessionGuard(RequestDelegate next)
{
    public const string CsrfHeader = "X-ZY-CSRF";

    private static readonly PathString Login = "/api/v1/auth/login";
    private static readonly PathString[] AllowedBeforePasswordChange = ["/api/v1/auth/password", "/api/v1/auth/logout", "/api/v1/auth/me", Login];

    public async Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (!user.IsSession())
        {
            await next(context);
            return;
        }
        var path = context.Request.Path;
        if (!IsSafe(context.Request.Method) && path != Login && !CsrfMatches(context))
        {
            await SecurityProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "csrf_invalid",
                $"缺少或错误的防伪令牌（请求头 {CsrfHeader}）", $"Missing or wrong anti-forgery token (header {CsrfHeader})");
            return;
        }
        if (user.FindFirst(SessionClaims.MustChangePassword)?.Value == "true" && !AllowedBeforePasswordChange.Contains(path))
        {
            await SecurityProblems.WriteAsync(context, StatusCodes.Status403Forbidden, "password_change_required",
                "请先修改初始密码", "Change the initial password first");
            return;
        }
        await next(context);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool CsrfMatches(HttpContext context)
    {
        var expected = context.User.CsrfToken();
        var sent = context.Request.Headers[CsrfHeader].ToString();
        return expected is not null && sent.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(sent));
    }
}
