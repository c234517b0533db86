using System.Security.Claims;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The 有条件开放 application on a resource page: a signed-in developer states a purpose and the items needed
/// (developers.js posts <c>POST /api/v1/developers/applications</c>); others are told how to become one.
/// </summary>
internal static class DeveloperApply
{
    /// <summary>Writes the section for a 有条件开放 resource; nothing for other resources.</summary>
    public static void Render(Html html, PortalPage page, Resource resource)
    {
        if (resource.Metadata.OpenType != OpenType.Conditional)
        {
            return;
        }
        html.Raw("<section class=\"apply\" aria-labelledby=\"apply\"><h2 id=\"apply\">").Text(page.T("申请使用数据", "Apply for the data")).Raw("</h2>");
        if (!page.SignedIn)
        {
            html.Raw("<p>").Text(page.T("有条件开放数据须由注册开发者申请，经提供部门审核同意后，凭 API 密钥调用。", "Conditionally open data is for registered developers who apply and are approved by the providing department; then they call the API with a key."))
                .Raw("</p><p>").Link("/developers/signup?return=" + Uri.EscapeDataString(page.Path), page.T("注册开发者", "Sign up as a developer"))
                .Text(" · ").Link("/signin?return=" + Uri.EscapeDataString(page.Path), page.T("登录", "Sign in")).Raw("</p></section>");
            return;
        }
        if (page.User.FindFirstValue(ClaimTypes.Role) != nameof(Role.Developer))
        {
            html.Raw("<p>").Text(page.T("只有注册开发者可以在此申请；部门用户请通过共享申请使用数据。", "Only registered developers apply here; department users request data through share requests."))
                .Raw("</p></section>");
            return;
        }
        Form(html, page, resource);
    }

    private static void Form(Html html, PortalPage page, Resource resource)
    {
        html.Raw("<form id=\"apply-form\" class=\"stack\"").Attr("data-code", resource.Code).Raw(">")
            .Raw("<label for=\"apply-purpose\">").Text(page.T("用途（数据仅可用于此用途）", "Purpose (the data may be used for nothing else)")).Raw("</label>")
            .Raw("<textarea id=\"apply-purpose\" name=\"purpose\" rows=\"3\" maxlength=\"1000\" required></textarea>")
            .Raw("<fieldset><legend>").Text(page.T("所需信息项", "Items needed")).Raw("</legend>");
        var n = 0;
        foreach (var item in resource.Metadata.Items.Where(i => i.ShareType != ShareType.NotShared))
        {
            var id = "apply-item-" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            html.Raw("<label class=\"check\"").Attr("for", id).Raw("><input type=\"checkbox\" name=\"item\" checked").Attr("id", id).Attr("value", item.Name).Raw("> ")
                .Text(item.Name).Raw("</label>");
        }
        html.Raw("</fieldset><button type=\"submit\" id=\"apply-submit\">").Text(page.T("提交申请", "Apply")).Raw("</button>")
            .Raw("<p id=\"apply-status\" role=\"status\" aria-live=\"polite\"></p></form><p>")
            .Link("/developers", page.T("在开发者中心查看申请进度", "Follow your applications in the developer centre")).Raw("</p>")
            // The resource page is not ours to give scripts to: the form brings its own (deferred, so it runs after portal.js).
            .Raw("<script defer").Attr("src", PortalAssets.Url("developers.js")).Raw("></script></section>");
    }
}
