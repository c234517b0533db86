using Zhongyuan.Developers;
using Zhongyuan.Server.Api;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The developer centre <c>/developers</c> (开发者中心): for a signed-in developer their 有条件开放 applications, their API
/// keys (create — shown once —, list, revoke), calls and rows per key per day, and how to start; for everyone else what
/// the centre is and how to sign up. Three queries: applications, keys, usage.
/// </summary>
internal static partial class DeveloperCentrePage
{
    /// <summary>Days of usage shown.</summary>
    private const int UsageDays = 30;

    public static async Task<IResult> Get(HttpContext context, DeveloperService developers, TimeProvider time, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        var actor = page.SignedIn ? DeveloperEndpoints.Developer(context) : null;
        if (actor is null)
        {
            return PortalLayout.Render(page, page.T("开发者中心", "Developer centre"), html => Outsider(html, page));
        }
        var applications = await developers.ApplicationsAsync(actor.UserId, ct);
        var keys = await developers.KeysAsync(actor.UserId, ct);
        var usage = await developers.UsageAsync(actor.UserId, UsageDays, ct);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var now = time.GetUtcNow();
        return PortalLayout.Render(page, page.T("开发者中心", "Developer centre"), html =>
        {
            html.Raw("<h1>").Text(page.T("开发者中心", "Developer centre")).Raw("</h1><p class=\"lead\">")
                .Text(page.T("无条件开放数据无需密钥即可调用；有条件开放数据在申请获批后，用该申请的 API 密钥调用，密钥只能读取获批的资源。",
                    "Unconditionally open data needs no key. Conditionally open data is read with the key of an approved application, which reads that resource only."))
                .Raw("</p><p>").Link("/api/docs/", page.T("API 参考文档（OpenAPI）", "API reference (OpenAPI)")).Text(" · ")
                .Link("/search?open=conditional", page.T("浏览有条件开放资源", "Browse conditionally open resources")).Raw("</p>");
            Applications(html, page, applications);
            Keys(html, page, applications, keys, now);
            Usage(html, page, keys, usage);
            GettingStarted(html, page, origin, applications.FirstOrDefault(a => a.Status == ShareRequestStatus.Approved)?.ResourceCode);
        }, StatusCodes.Status200OK, "developers.js");
    }

    private static void Outsider(Html html, PortalPage page)
    {
        html.Raw("<h1>").Text(page.T("开发者中心", "Developer centre")).Raw("</h1><p>")
            .Text(page.T("开发者中心供注册开发者使用：申请有条件开放数据、管理 API 密钥、查看每个密钥的调用量。",
                "The developer centre is for registered developers: apply for conditionally open data, manage API keys and see each key's usage."))
            .Raw("</p>");
        if (page.SignedIn)
        {
            html.Raw("<p class=\"notice\">").Text(page.T("您当前的账户不是开发者账户。部门数据管理员可在“开发者申请审核”页处理本部门资源的申请。",
                "Your account is not a developer account. Department data stewards answer developers' applications on the review page."))
                .Raw("</p><p>").Link("/developers/applications", page.T("开发者申请审核", "Review developers' applications")).Raw("</p>");
        }
        else
        {
            html.Raw("<p>").Link("/developers/signup", page.T("注册开发者", "Sign up as a developer"), "button")
                .Text(" ").Link("/signin?return=%2Fdevelopers", page.T("登录", "Sign in")).Raw("</p>");
        }
        html.Raw("<p>").Link("/api/docs/", page.T("API 参考文档（OpenAPI）", "API reference (OpenAPI)")).Raw("</p>");
    }

    private static void Applications(Html html, PortalPage page, IReadOnlyList<ShareRequest> applications)
    {
        html.Raw("<section aria-labelledby=\"dev-applications\"><h2 id=\"dev-applications\">").Text(page.T("我的申请", "My applications")).Raw("</h2>");
        if (applications.Count == 0)
        {
            html.Raw("<p>").Text(page.T("还没有申请。在有条件开放资源的页面上填写用途即可申请。", "No applications yet. Apply on the page of a conditionally open resource."))
                .Raw("</p></section>");
            return;
        }
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"dev-applications-table\"><thead><tr>");
        foreach (var h in new[] { page.T("资源", "Resource"), page.T("用途", "Purpose"), page.T("状态", "Status"), page.T("提交", "Filed"), page.T("答复期限/答复", "Due / answered") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var a in applications)
        {
            html.Raw("<tr><td>").Link(ResourcePage.Url(a.ResourceCode), a.ResourceName).Raw("</td><td>").Text(a.Purpose).Raw("</td><td")
                .Attr("data-status", a.Status.ToString().ToLowerInvariant()).Raw(">").Text(Localization.Labels.Of(a.Status).In(page.English))
                .Text(a.RefusalReason is { } reason ? page.T("：", ": ") + reason : null).Raw("</td><td>").Text(DeveloperPortal.When(a.CreatedAt))
                .Raw("</td><td>").Text(DeveloperPortal.When(a.DecidedAt ?? a.Deadline)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div></section>");
    }
}
