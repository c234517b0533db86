using System.Globalization;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console/tickets</c>: correction tickets (纠错) against the department's resources with their deadlines (overdue ones
/// marked); a steward accepts one naming the data version with the fix, or rejects it with a reason. console-tickets.js
/// reads and answers them through the ticket API.
/// </summary>
internal static class ConsoleTickets
{
    public static IResult Get(HttpContext context)
    {
        var page = PortalPage.From(context);
        return ConsoleAccess.Refuse(page, ConsoleAccess.IsSteward)
            ?? ConsoleNav.Render(page, page.T("数据纠错", "Correction tickets"), html => html
                .Raw("<p>").Text(page.T("公众和其他部门对本部门数据提出的纠错，须在期限内答复；逾期的以红色标出。",
                    "Corrections reported on our data, to be answered by their deadline; overdue ones are marked red.")).Raw("</p>")
                .Raw("<p><label for=\"ticket-status\">").Text(page.T("显示", "Show")).Raw("</label> <select id=\"ticket-status\">")
                .Raw("<option value=\"open\">").Text(page.T("待处理", "Open")).Raw("</option><option value=\"\">").Text(page.T("全部", "All"))
                .Raw("</option></select></p><p class=\"error\" id=\"tickets-error\" role=\"alert\" hidden></p>")
                .Raw("<div class=\"table-wrap\" tabindex=\"0\" id=\"tickets\" aria-live=\"polite\"")
                .Attr("data-department", page.User.DepartmentId()!.Value.ToString(CultureInfo.InvariantCulture)).Raw("></div>"), "console-tickets.js");
    }
}
