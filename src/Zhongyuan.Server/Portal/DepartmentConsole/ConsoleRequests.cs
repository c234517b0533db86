using System.Globalization;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console/requests</c>: for a steward the share requests to the department's resources (deadline, overdue ones
/// marked, approve with narrowing or refuse with a reason); for every department member the department's own requests
/// and its grants (read only). console-requests.js reads and answers them through the sharing API.
/// </summary>
internal static class ConsoleRequests
{
    public static IResult Get(HttpContext context)
    {
        var page = PortalPage.From(context);
        if (ConsoleAccess.Refuse(page, ConsoleAccess.IsMember) is { } refusal)
        {
            return refusal;
        }
        var steward = ConsoleAccess.IsSteward(page.User);
        return ConsoleNav.Render(page, page.T("共享申请", "Share requests"), html =>
        {
            html.Raw("<div id=\"requests\"").Attr("data-department", page.User.DepartmentId()!.Value.ToString(CultureInfo.InvariantCulture))
                .Attr("data-steward", steward ? "true" : "false").Raw(">")
                .Raw("<p class=\"error\" id=\"requests-error\" role=\"alert\" hidden></p>");
            if (steward)
            {
                Section(html, "incoming", page.T("待本部门审核的申请", "Requests to our resources"),
                    page.T("有条件共享申请须在期限内答复；逾期的以红色标出。", "Conditional requests must be answered by their deadline; overdue ones are marked red."));
            }
            Section(html, "outgoing", page.T("本部门提出的申请", "Our requests"), null);
            NewRequest(html, page);
            Section(html, "grants", page.T("本部门的授权", "Our grants"),
                page.T("本部门应用获得的和本部门资源给出的授权（只读）。", "Grants our applications hold and grants on our resources (read only)."));
            html.Raw("</div>");
        }, "console-requests.js");
    }

    private static void Section(Html html, string id, string title, string? note)
    {
        html.Raw("<h2>").Text(title).Raw("</h2>");
        if (note is not null)
        {
            html.Raw("<p>").Text(note).Raw("</p>");
        }
        html.Raw("<div class=\"table-wrap\" tabindex=\"0\" aria-live=\"polite\"").Attr("id", id).Raw("></div>");
    }

    private static void NewRequest(Html html, PortalPage page) =>
        html.Raw("<form method=\"get\" action=\"/console/requests/new\" class=\"inline-form\" id=\"request-pick\"><label for=\"pick-resource\">")
            .Text(page.T("申请其他部门的资源（填写信息资源代码，可在数据目录中查到）", "Request another department's resource (its code, from the catalog)"))
            .Raw("</label><input id=\"pick-resource\" name=\"resource\" required><button type=\"submit\">").Text(page.T("填写申请", "Fill in a request"))
            .Raw("</button></form>");
}
