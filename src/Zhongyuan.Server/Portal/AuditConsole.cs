using Zhongyuan.Identity;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The audit administrator's console (<c>/console/audit</c>, 审计管理员 only, as the audit API): a search of the audit trail
/// (time range, user, department, resource, action, outcome) with paging and a CSV export link, and the verification of
/// the hash chain. audit.js calls <c>GET /api/v1/audit/events</c>, <c>…/events/export</c> and <c>POST /api/v1/audit/verify</c>.
/// </summary>
internal static class AuditConsole
{
    public static IResult Get(HttpContext context)
    {
        var page = PortalPage.From(context);
        if (ConsoleGate.Check(page, Role.AuditAdministrator) is { } refusal)
        {
            return refusal;
        }
        return PortalLayout.Render(page, page.T("安全审计", "Audit"), html =>
        {
            html.Raw("<h1>").Text(page.T("安全审计", "Audit")).Raw("</h1>");
            Verify(html, page);
            Search(html, page);
        }, StatusCodes.Status200OK, "audit.js");
    }

    private static void Verify(Html html, PortalPage page) =>
        html.Raw("<section aria-labelledby=\"verify-heading\"><h2 id=\"verify-heading\">").Text(page.T("审计链校验", "Chain verification")).Raw("</h2><p>")
            .Text(page.T("逐条校验审计事件的哈希链和检查点签名，报告第一处断点。", "Checks every event's hash chain and the checkpoint signatures, and reports the first break."))
            .Raw("</p><button type=\"button\" id=\"verify-run\">").Text(page.T("开始校验", "Verify")).Raw("</button>")
            .Raw("<div id=\"verify-result\" role=\"status\" aria-live=\"polite\"></div></section>");

    private static void Search(Html html, PortalPage page)
    {
        html.Raw("<section aria-labelledby=\"search-heading\"><h2 id=\"search-heading\">").Text(page.T("审计查询", "Search the trail")).Raw("</h2>")
            .Raw("<form id=\"audit-form\" class=\"filter-form\">");
        foreach (var (id, name, zh, en, type) in new[]
        {
            ("audit-from", "from", "开始时间", "From", "datetime-local"), ("audit-to", "to", "结束时间", "To", "datetime-local"),
            ("audit-user", "user", "用户 ID", "User id", "number"), ("audit-department", "department", "部门 ID", "Department id", "number"),
            ("audit-resource", "resource", "资源代码", "Resource code", "text"), ("audit-action", "action", "操作（如 rows.export）", "Action (e.g. rows.export)", "text"),
        })
        {
            html.Raw("<div><label").Attr("for", id).Raw(">").Text(page.T(zh, en)).Raw("</label><input").Attr("id", id).Attr("name", name).Attr("type", type).Raw("></div>");
        }
        html.Raw("<div><label for=\"audit-result\">").Text(page.T("结果", "Outcome")).Raw("</label><select id=\"audit-result\" name=\"result\"><option value=\"\">")
            .Text(page.T("全部", "Any")).Raw("</option>");
        foreach (var (value, zh, en) in new[] { ("ok", "成功", "OK"), ("denied", "拒绝", "Denied"), ("error", "错误", "Error") })
        {
            html.Raw("<option").Attr("value", value).Raw(">").Text(page.T(zh, en)).Raw("</option>");
        }
        html.Raw("</select></div><div class=\"actions\"><button type=\"submit\" id=\"audit-search\">").Text(page.T("查询", "Search")).Raw("</button>")
            .Raw("<a id=\"audit-export\" href=\"/api/v1/audit/events/export\" download>").Text(page.T("导出 CSV", "Export CSV")).Raw("</a></div></form>")
            .Raw("<p id=\"audit-status\" role=\"status\" aria-live=\"polite\"></p><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"search-heading\"><table id=\"audit-table\"><thead><tr>");
        foreach (var h in new[] { "#", page.T("时间", "Time"), page.T("用户", "User"), page.T("部门", "Dept."), page.T("操作", "Action"), page.T("资源", "Resource"), page.T("结果", "Outcome"), page.T("说明", "Detail") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody></tbody></table></div><p><button type=\"button\" id=\"audit-more\" hidden>").Text(page.T("更早的事件", "Older events")).Raw("</button></p></section>");
    }
}
