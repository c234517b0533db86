using Zhongyuan.Governance.Tickets;
using Zhongyuan.Identity;
using Zhongyuan.Localization;
using Zhongyuan.Server.Api;
using Zhongyuan.Server.Security;
using Zhongyuan.Sharing;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// <c>/console</c>: the landing page of every signed-in user. It links to the pages the user's role may use and shows a
/// department member the to-do counts: share requests to decide (with the nearest deadline), the department's own
/// pending requests, open correction tickets (with the overdue ones) and the recent loads. A fixed handful of queries.
/// </summary>
internal static class ConsoleHome
{
    private const int Scan = 500;

    public static async Task<IResult> Get(HttpContext context, ShareRequestService requests, TicketService tickets, Database database,
        TimeProvider time, CancellationToken ct)
    {
        var page = PortalPage.From(context);
        if (ConsoleAccess.Refuse(page, ConsoleAccess.Anyone) is { } refusal)
        {
            return refusal;
        }
        var todo = ConsoleAccess.IsMember(page.User) ? await TodoAsync(context, requests, tickets, database, time, ct) : null;
        return ConsoleNav.Render(page, page.T("部门工作台", "Department console"), html =>
        {
            Roles(html, page);
            if (todo is not null)
            {
                Todo(html, page, todo);
            }
            Links(html, page);
        });
    }

    /// <summary>What a department member has to do, counted from the same services the API calls.</summary>
    private sealed record ToDo(long ToDecide, DateTimeOffset? NearestDeadline, int DecideOverdue, long Outgoing, long OpenTickets,
        int OverdueTickets, IReadOnlyList<ConsoleLoad> Loads, bool Steward);

    private static async Task<ToDo> TodoAsync(HttpContext context, ShareRequestService requests, TicketService tickets, Database database,
        TimeProvider time, CancellationToken ct)
    {
        var user = context.User;
        var department = user.DepartmentId()!.Value;
        var now = time.GetUtcNow();
        var actor = SharingCaller.Actor(context);
        var pending = new ShareRequestQuery { Status = ShareRequestStatus.Pending, Limit = Scan };
        var incoming = await requests.ListAsync(ShareRequestRole.Provider, pending, actor, ct);
        var outgoing = await requests.ListAsync(ShareRequestRole.Consumer, pending with { Limit = 1 }, actor, ct);
        var ticketActor = new TicketActor(user.UserId()!.Value, user.Identity?.Name ?? "", department, user.HasScope(Scopes.Admin), user.HasScope(Scopes.DataWrite));
        var open = await tickets.ListAsync(new TicketQuery { ProviderId = department, Status = TicketStatus.Open, Limit = Scan }, ticketActor, ct);
        var decide = incoming.Succeeded ? incoming.Value.Items : [];
        var openItems = open.Succeeded ? open.Value.Items : [];
        return new ToDo(incoming.Succeeded ? incoming.Value.Total : 0, decide.Where(r => r.Deadline is not null).Min(r => r.Deadline),
            decide.Count(r => r.IsOverdue(now)), outgoing.Succeeded ? outgoing.Value.Total : 0, open.Succeeded ? open.Value.Total : 0,
            openItems.Count(t => t.IsOverdue(now)), await ConsoleQueries.RecentLoadsAsync(database, department, ct), ConsoleAccess.IsSteward(user));
    }

    private static void Roles(Html html, PortalPage page)
    {
        var roles = Labels.All<Role>().Where(r => page.User.Has(r.Value)).Select(r => r.Label.In(page.English));
        html.Raw("<p class=\"console-who\" id=\"console-roles\">").Text(page.T("您的角色：", "Your role: ")).Text(string.Join(page.T("、", ", "), roles))
            .Raw("</p>");
    }

    private static void Todo(Html html, PortalPage page, ToDo todo)
    {
        html.Raw("<h2>").Text(page.T("待办事项", "To do")).Raw("</h2><ul class=\"todo\" id=\"console-todo\">");
        if (todo.Steward)
        {
            Count(html, "todo-requests", "/console/requests", todo.ToDecide, page.T("待审核的共享申请", "share requests to decide"),
                todo.NearestDeadline is { } d ? page.T("最近期限 ", "nearest deadline ") + Date(d) + (todo.DecideOverdue > 0
                    ? page.T($"，{todo.DecideOverdue} 件已逾期", $", {todo.DecideOverdue} overdue") : "") : null, todo.DecideOverdue > 0);
            Count(html, "todo-tickets", "/console/tickets", todo.OpenTickets, page.T("待处理的纠错单", "open correction tickets"),
                todo.OverdueTickets > 0 ? page.T($"{todo.OverdueTickets} 件已逾期", $"{todo.OverdueTickets} overdue") : null, todo.OverdueTickets > 0);
        }
        Count(html, "todo-outgoing", "/console/requests", todo.Outgoing, page.T("本部门待批复的申请", "of our requests awaiting an answer"), null, false);
        html.Raw("</ul>");
        Loads(html, page, todo.Loads);
    }

    private static void Count(Html html, string id, string href, long count, string what, string? note, bool late)
    {
        html.Raw("<li").Attr("id", id).Attr("class", late ? "overdue" : null).Raw("><a").Attr("href", href).Raw("><strong>").Number(count)
            .Raw("</strong> ").Text(what).Raw("</a>");
        if (note is not null)
        {
            html.Raw(" <span class=\"note\">").Text(note).Raw("</span>");
        }
        html.Raw("</li>");
    }

    private static void Loads(Html html, PortalPage page, IReadOnlyList<ConsoleLoad> loads)
    {
        html.Raw("<h2>").Text(page.T("最近加载", "Recent loads")).Raw("</h2>");
        if (loads.Count == 0)
        {
            html.Raw("<p id=\"recent-loads\">").Text(page.T("本部门还没有加载过数据。", "No data loaded yet.")).Raw("</p>");
            return;
        }
        html.Raw("<div class=\"table-wrap\"><table id=\"recent-loads\"><thead><tr>");
        foreach (var h in new[] { page.T("信息资源", "Resource"), page.T("版本", "Version"), page.T("行数", "Rows"), page.T("拒绝", "Rejected"), page.T("加载时间", "Loaded") })
        {
            html.Raw("<th scope=\"col\">").Text(h).Raw("</th>");
        }
        html.Raw("</tr></thead><tbody>");
        foreach (var l in loads)
        {
            html.Raw("<tr><td>").Link(ConsoleUrls.Data(l.Code), l.Name).Raw("</td><td>").Number(l.Version).Raw("</td><td>").Number(l.RowCount)
                .Raw("</td><td>").Number(l.RowsRejected).Raw("</td><td>").Text(Date(l.LoadedAt)).Raw("</td></tr>");
        }
        html.Raw("</tbody></table></div>");
    }

    private static void Links(Html html, PortalPage page)
    {
        html.Raw("<h2>").Text(page.T("可用功能", "What you can do")).Raw("</h2><ul class=\"console-links\" id=\"console-links\">");
        foreach (var (href, text) in ConsoleNav.For(page).Skip(1))
        {
            html.Raw("<li>").Link(href, text).Raw("</li>");
        }
        html.Raw("<li>").Link("/search", page.T("浏览数据目录", "Browse the catalog")).Raw("</li></ul>");
    }

    /// <summary>A moment in China time, to the minute.</summary>
    public static string Date(DateTimeOffset moment) =>
        PortalTime.Minute(moment);
}
