using System.Globalization;
using Zhongyuan.Developers;
using Zhongyuan.Server.Api;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// Developers' applications for the signed-in data steward's department <c>/developers/applications</c> (开发者申请审核):
/// pending ones with approve and refuse (with a reason), posted by developers.js to the share-request API, and the
/// latest answered. Only a data steward (<c>data:write</c>) of a department sees them, and only for its own resources.
/// </summary>
internal static class DeveloperApplicationsPage
{
    public static async Task<IResult> Get(HttpContext context, DeveloperStore developers, ShareRequestStore requests, TimeProvider time, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (!page.SignedIn)
        {
            return Results.Redirect("/signin?return=" + Uri.EscapeDataString(page.Here));
        }
        var actor = SharingCaller.Actor(context);
        var title = page.T("开发者申请审核", "Developers' applications");
        if (!actor.IsUser || !actor.CanWriteData || actor.DepartmentId is not { } department)
        {
            return PortalLayout.Render(page, title, html => html.Raw("<h1>").Text(title).Raw("</h1><p class=\"notice\">")
                .Text(page.T("只有部门数据管理员可以审核开发者对本部门资源的申请。", "Only a department's data stewards answer developers' applications for its resources."))
                .Raw("</p>"), StatusCodes.Status403Forbidden);
        }
        var query = new ShareRequestQuery { ProviderId = department, ConsumerDepartmentId = await developers.DevelopersDepartmentAsync(ct), Limit = 100 };
        var pending = (await requests.ListAsync(query with { Status = ShareRequestStatus.Pending }, time.GetUtcNow(), ct)).Items;
        var recent = (await requests.ListAsync(query with { Limit = 20 }, time.GetUtcNow(), ct)).Items.Where(r => r.Status != ShareRequestStatus.Pending).ToList();
        return PortalLayout.Render(page, title, html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1><p class=\"lead\">")
                .Text(page.T("注册开发者对本部门有条件开放资源的申请。批准后开发者可为该资源创建 API 密钥；拒绝须说明理由。",
                    "Registered developers' applications for your department's conditionally open resources. Once approved the developer creates keys for that resource; a refusal needs a reason."))
                .Raw("</p><h2>").Text(page.T("待审核", "Pending")).Raw("</h2>");
            if (pending.Count == 0)
            {
                html.Raw("<p id=\"no-pending\">").Text(page.T("没有待审核的申请。", "No pending applications.")).Raw("</p>");
            }
            foreach (var r in pending)
            {
                Pending(html, page, r);
            }
            Recent(html, page, recent);
        }, StatusCodes.Status200OK, "developers.js");
    }

    private static void Pending(Html html, PortalPage page, ShareRequest r)
    {
        var id = r.Id.ToString(CultureInfo.InvariantCulture);
        html.Raw("<article class=\"dev-request\"").Attr("data-request", id).Raw("><h3>").Link(ResourcePage.Url(r.ResourceCode), r.ResourceName)
            .Raw("</h3><dl class=\"metadata\"><div><dt>").Text(page.T("申请人", "Applicant")).Raw("</dt><dd>").Text(r.RequesterName)
            .Raw("</dd></div><div><dt>").Text(page.T("用途", "Purpose")).Raw("</dt><dd>").Text(r.Purpose)
            .Raw("</dd></div><div><dt>").Text(page.T("信息项", "Items")).Raw("</dt><dd>").Text(string.Join("、", r.Items))
            .Raw("</dd></div><div><dt>").Text(page.T("答复期限", "Answer by")).Raw("</dt><dd>").Text(DeveloperPortal.When(r.Deadline))
            .Raw("</dd></div></dl><div class=\"filter-form\"><div class=\"actions\"><button type=\"button\" data-approve").Attr("value", id).Raw(">")
            .Text(page.T("批准", "Approve")).Raw("</button></div><div><label").Attr("for", "refuse-reason-" + id).Raw(">").Text(page.T("拒绝理由", "Reason to refuse"))
            .Raw("</label><input maxlength=\"1000\"").Attr("id", "refuse-reason-" + id).Raw("></div><div class=\"actions\"><button type=\"button\" data-refuse")
            .Attr("value", id).Raw(">").Text(page.T("拒绝", "Refuse")).Raw("</button></div></div><p class=\"decision\" role=\"status\" aria-live=\"polite\"></p></article>");
    }

    private static void Recent(Html html, PortalPage page, List<ShareRequest> recent)
    {
        if (recent.Count == 0)
        {
            return;
        }
        html.Raw("<h2>").Text(page.T("最近答复", "Recently answered")).Raw("</h2><div class=\"table-wrap\" tabindex=\"0\"><table><thead><tr>");
        foreach (var h in new[] { page.T("资源", "Resource"), page.T("申请人", "Applicant"), page.T("结果", "Answer"), page.T("答复人", "By"), page.T("时间", "When") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var r in recent)
        {
            html.Raw("<tr><td>").Text(r.ResourceName).Raw("</td><td>").Text(r.RequesterName).Raw("</td><td>").Text(Localization.Labels.Of(r.Status).In(page.English))
                .Text(r.RefusalReason is { } reason ? page.T("：", ": ") + reason : null).Raw("</td><td>").Text(r.DecidedBy).Raw("</td><td>")
                .Text(DeveloperPortal.When(r.DecidedAt)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div>");
    }
}
