namespace Zhongyuan.Server.Portal;

/// <summary>
/// The sign-in page (登录). The form posts to <c>/api/v1/auth/login</c> from portal.js (the session cookie is set by that
/// answer), then goes to the <c>return</c> address when it is a local path, else to the console.
/// </summary>
internal static class SignInPage
{
    public static IResult Get(HttpContext context)
    {
        var page = PortalPage.From(context);
        var back = context.Request.Query["return"].ToString();
        var target = back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/console";
        return PortalLayout.Render(page, page.T("登录", "Sign in"), html =>
        {
            html.Raw("<section class=\"signin\"><h1>").Text(page.T("登录", "Sign in")).Raw("</h1>")
                .Raw("<form id=\"signin-form\" class=\"stack\"").Attr("data-return", target).Raw(">")
                .Raw("<label for=\"signin-username\">").Text(page.T("用户名", "Username")).Raw("</label>")
                .Raw("<input id=\"signin-username\" name=\"username\" autocomplete=\"username\" required>")
                .Raw("<label for=\"signin-password\">").Text(page.T("密码", "Password")).Raw("</label>")
                .Raw("<input id=\"signin-password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
                .Raw("<p class=\"error\" id=\"signin-error\" role=\"alert\" hidden></p>")
                .Raw("<button type=\"submit\" id=\"signin-submit\">").Text(page.T("登录", "Sign in")).Raw("</button></form></section>");
        });
    }
}
