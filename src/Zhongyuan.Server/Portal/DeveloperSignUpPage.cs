using Zhongyuan.Identity;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The developer sign-up page (注册开发者): the form posts to <c>POST /api/v1/developers</c> from developers.js, which
/// signs the new developer in; then the page goes to the <c>return</c> address (a local path) or the developer centre.
/// </summary>
internal static class DeveloperSignUpPage
{
    public static IResult Get(HttpContext context)
    {
        var page = PortalPage.From(context);
        var target = DeveloperPortal.Return(context, "/developers");
        return PortalLayout.Render(page, page.T("注册开发者", "Developer sign-up"), html =>
        {
            html.Raw("<section class=\"signin\"><h1>").Text(page.T("注册开发者", "Developer sign-up")).Raw("</h1><p>")
                .Text(page.T("注册后可申请有条件开放数据、创建 API 密钥并查看调用量。", "Sign up to apply for conditionally open data, create API keys and see their usage."))
                .Raw("</p><form id=\"signup-form\" class=\"stack\" novalidate").Attr("data-return", target).Raw(">");
            Field(html, "signup-username", "username", page.T("用户名（小写字母开头，3–64 位字母、数字或 . _ -）", "Username (3–64 lower-case letters, digits or . _ -, starting with a letter)"), "text", "username");
            Field(html, "signup-display-name", "displayName", page.T("姓名或单位名称", "Name or organisation"), "text", "name");
            Field(html, "signup-email", "email", page.T("电子邮箱", "E-mail"), "email", "email");
            Field(html, "signup-password", "password", page.T(
                $"密码（至少 {PasswordPolicy.MinLength} 位，含大写字母、小写字母、数字、符号中的三类，不含用户名）",
                $"Password (at least {PasswordPolicy.MinLength} characters of three kinds: upper case, lower case, digits, symbols; not the username)"), "password", "new-password");
            Field(html, "signup-password2", "password2", page.T("再次输入密码", "Password again"), "password", "new-password");
            html.Raw("<p class=\"error\" id=\"signup-error\" role=\"alert\" hidden></p>")
                .Raw("<button type=\"submit\" id=\"signup-submit\">").Text(page.T("注册并登录", "Sign up and sign in")).Raw("</button></form><p>")
                .Text(page.T("已有账户？", "Have an account? ")).Link("/signin?return=" + Uri.EscapeDataString(target), page.T("登录", "Sign in"))
                .Raw("</p></section>");
        }, StatusCodes.Status200OK, "developers.js");
    }

    private static void Field(Html html, string id, string name, string label, string type, string autocomplete) =>
        html.Raw("<label").Attr("for", id).Raw(">").Text(label).Raw("</label><input").Attr("id", id).Attr("name", name).Attr("type", type)
            .Attr("autocomplete", autocomplete).Raw(" required>");
}
