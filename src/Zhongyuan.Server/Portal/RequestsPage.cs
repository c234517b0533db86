using System.Globalization;
using Zhongyuan.Community;
using Zhongyuan.Departments;
using Zhongyuan.Localization;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// Data requests (数据需求): <c>/requests?department=id&amp;page=N</c> lists them with answers and handling times and, for
/// signed-in users, a form; <c>/requests/{id}</c> shows one, with the answer form for the asked department's steward
/// or an administrator. The list costs three queries (count, page, departments for the form), a request one.
/// </summary>
internal static class RequestsPage
{
    private const int PageSize = 20;

    /// <summary>The address of one request's page.</summary>
    public static string Url(long id) => "/requests/" + id.ToString(CultureInfo.InvariantCulture);

    public static async Task<IResult> Get(HttpContext context, DataRequestService service, DepartmentStore departments, long? department, int? page,
        CancellationToken ct)
    {
        var portal = PortalPage.From(context);
        var number = Math.Max(page ?? 1, 1);
        var list = await service.ListAsync(new DataRequestQuery { DepartmentId = department, Limit = PageSize, Offset = (number - 1) * PageSize }, ct);
        var all = portal.SignedIn ? await departments.ListAsync(ct) : [];
        var title = portal.T("数据需求", "Data requests");
        return PortalLayout.Render(portal, title, html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1><p class=\"lead\">").Text(portal.T(
                "没有找到需要的数据？提出需求，相关部门公开答复。所有需求和答复向社会公开。",
                "Missing some data? Ask for it and the department answers in public. Every request and answer is public.")).Raw("</p>");
            html.Raw("<p>").Text(portal.T($"共 {list.Total} 条需求。", $"{list.Total} requests.")).Raw("</p>");
            Table(html, portal, list.Items);
            Pager(html, portal, number, list.Total);
            Form(html, portal, all, department);
        }, StatusCodes.Status200OK, "community.js");
    }

    public static async Task<IResult> Detail(long id, HttpContext context, DataRequestService service, CancellationToken ct)
    {
        var portal = PortalPage.From(context);
        var found = await service.FindAsync(id, ct);
        if (!found.Succeeded)
        {
            return PortalLayout.Render(portal, portal.T("未找到需求", "Request not found"), html => html.Raw("<h1>").Text(portal.T("未找到需求", "Request not found"))
                .Raw("</h1><p>").Link("/requests", portal.T("全部数据需求", "All data requests")).Raw("</p>"), StatusCodes.Status404NotFound);
        }
        var request = found.Value!;
        var actor = CommunityEndpoints.Actor(portal.User);
        return PortalLayout.Render(portal, request.Title, html =>
        {
            html.Raw("<nav class=\"crumbs\"").Attr("aria-label", portal.T("位置", "Breadcrumb")).Raw("><ol><li>").Link("/requests", portal.T("数据需求", "Data requests"))
                .Raw("</li><li aria-current=\"page\">").Text(request.Title).Raw("</li></ol></nav><h1>").Text(request.Title).Raw("</h1>");
            Facts(html, portal, request);
            html.Raw("<h2>").Text(portal.T("需求描述", "Description")).Raw("</h2><p>").Text(request.Description).Raw("</p><h2>").Text(portal.T("用途", "Purpose"))
                .Raw("</h2><p>").Text(request.Purpose).Raw("</p><h2>").Text(portal.T("答复", "Answer")).Raw("</h2>");
            if (request.Status == DataRequestStatus.Open)
            {
                html.Raw("<p id=\"request-answer\">").Text(portal.T("等待部门答复。", "Waiting for the department's answer.")).Raw("</p>");
                if (actor?.MayAnswer(request.DepartmentId) == true)
                {
                    AnswerForm(html, portal, request);
                }
            }
            else
            {
                html.Raw("<blockquote id=\"request-answer\"><p>").Text(request.Answer).Raw("</p><footer>").Text(request.AnsweredByName + " · " + CommunityHtml.When(request.AnsweredAt!.Value)
                    + portal.T(" · 用时 ", " · took ") + CommunityHtml.Hours(portal, request.HandlingHours)).Raw("</footer></blockquote>");
            }
        }, StatusCodes.Status200OK, "community.js");
    }

    private static void Facts(Html html, PortalPage page, DataRequest request)
    {
        html.Raw("<p class=\"facts\">").Element("span", Labels.Of(request.Status).In(page.English), StatusClass(request.Status));
        if (request.DepartmentId is { } department)
        {
            html.Raw("<span>").Link(DepartmentPage.Url(department), request.DepartmentName ?? "").Raw("</span>");
        }
        html.Element("span", page.T("提出人 ", "Asked by ") + request.RequesterName).Element("span", CommunityHtml.When(request.CreatedAt)).Raw("</p>");
    }

    private static string StatusClass(DataRequestStatus status) => status switch
    {
        DataRequestStatus.Open => "badge conditional",
        DataRequestStatus.Refused => "badge closed",
        _ => "badge open",
    };

    private static void Table(Html html, PortalPage page, IReadOnlyList<DataRequest> requests)
    {
        if (requests.Count == 0)
        {
            html.Raw("<p class=\"empty\">").Text(page.T("还没有数据需求。", "No requests yet.")).Raw("</p>");
            return;
        }
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\"><table id=\"requests-table\"><caption>").Text(page.T("数据需求与答复", "Requests and answers")).Raw("</caption><thead><tr>");
        foreach (var heading in new[] { page.T("需求", "Request"), page.T("部门", "Department"), page.T("状态", "Status"), page.T("提出时间", "Asked"), page.T("答复", "Answer"), page.T("用时", "Took") })
        {
            html.Raw("<th scope=\"col\">").Text(heading).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var r in requests)
        {
            html.Raw("<tr><th scope=\"row\">").Link(Url(r.Id), r.Title).Raw("</th><td>");
            if (r.DepartmentId is { } department)
            {
                html.Link(DepartmentPage.Url(department), r.DepartmentName ?? "");
            }
            html.Raw("</td><td>").Element("span", Labels.Of(r.Status).In(page.English), StatusClass(r.Status)).Raw("</td><td>").Text(CommunityHtml.When(r.CreatedAt))
                .Raw("</td><td>").Text(r.Answer is null ? "—" : Shorten(r.Answer)).Raw("</td><td>").Text(CommunityHtml.Hours(page, r.HandlingHours)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div>");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static void Pager(Html html, PortalPage page, int number, long total)
    {
        if (total <= PageSize * number && number == 1)
        {
            return;
        }
        html.Raw("<nav class=\"pager\"").Attr("aria-label", page.T("分页", "Pages")).Raw("><ul>");
        if (number > 1)
        {
            html.Raw("<li>").Link(page.With(("page", (number - 1).ToString(CultureInfo.InvariantCulture))), page.T("上一页", "Previous")).Raw("</li>");
        }
        if (total > PageSize * number)
        {
            html.Raw("<li>").Link(page.With(("page", (number + 1).ToString(CultureInfo.InvariantCulture))), page.T("下一页", "Next")).Raw("</li>");
        }
        html.Raw("</ul></nav>");
    }

    private static void Form(Html html, PortalPage page, IReadOnlyList<Department> departments, long? department)
    {
        html.Raw("<section aria-labelledby=\"ask\"><h2 id=\"ask\">").Text(page.T("提出数据需求", "Ask for data")).Raw("</h2>");
        if (!page.SignedIn)
        {
            html.SignInPrompt(page, "提出数据需求", "ask for data").Raw("</section>");
            return;
        }
        var options = departments.Select(d => (d.Id.ToString(CultureInfo.InvariantCulture), d.Name)).Prepend(("", page.T("（不确定）", "(not sure)")));
        html.Form("request-form", "POST /api/v1/data-requests", page.T("需求已提交。", "Request filed."))
            .Input("request-title", "title", page.T("需要什么数据", "What data"), maxLength: 100)
            .TextArea("request-description", "description", page.T("详细描述（范围、字段、时间）", "Details (scope, fields, period)"), 2000)
            .Select("request-department", "departmentId", page.T("向哪个部门提出（可选）", "Department asked (optional)"), options,
                department?.ToString(CultureInfo.InvariantCulture), "number")
            .TextArea("request-purpose", "purpose", page.T("用途", "Purpose"), 500)
            .EndForm(page.T("提交需求", "Submit request"));
        html.Raw("</section>");
    }

    private static void AnswerForm(Html html, PortalPage page, DataRequest request)
    {
        html.Form("answer-form", $"POST /api/v1/data-requests/{request.Id}/answer", page.T("已答复。", "Answered."))
            .Select("answer-status", "status", page.T("答复结果", "Outcome"), Labels.All<DataRequestStatus>().Where(s => s.Value != DataRequestStatus.Open)
                .Select(s => (JsonName(s.Value), s.Label.In(page.English))))
            .TextArea("answer-text", "answer", page.T("答复内容（不予开放时写明理由）", "Answer (for a refusal, the reason)"), 2000)
            .EndForm(page.T("提交答复", "Send answer"));
    }

    private static string JsonName(DataRequestStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}
