using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy tickets list|show|accept|reject</c>: correction tickets (数据纠错).</summary>
internal static class TicketsCommand
{
    public static Command Create(ClientRunner runner) =>
        new("tickets", runner.Text["数据纠错单", "Correction tickets"]) { List(runner), Show(runner), Accept(runner), Reject(runner) };

    private static Command List(ClientRunner runner)
    {
        var t = runner.Text;
        var department = new Option<long?>("--department") { Description = t["提供方部门 ID", "Providing department id"], HelpName = "ID" };
        var status = new Option<string?>("--status") { Description = t["状态：open、accepted、rejected", "Status: open, accepted, rejected"] };
        status.AcceptOnlyFromAmong("open", "accepted", "rejected");
        var overdue = new Option<bool>("--overdue") { Description = t["只列超期未办结的", "Only open tickets past their deadline"] };
        var mine = new Option<bool>("--mine") { Description = t["只列我提交的", "Only tickets I filed"] };
        var limit = new Option<int?>("--limit") { Description = t["条数（默认 50）", "How many (default 50)"], HelpName = "N" };
        var command = new Command("list", t["列出纠错单", "List tickets"]) { department, status, overdue, mine, limit };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var page = await s.Client.TicketsAsync(r.GetValue(department), r.GetValue(status), r.GetValue(overdue), r.GetValue(mine),
                r.GetValue(limit), ct).ConfigureAwait(false);
            RenderList(s, page);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(ClientRunner runner)
    {
        var id = IdArgument(runner.Text);
        var command = new Command("show", runner.Text["显示纠错单及其处理记录", "Show a ticket and its history"]) { id };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var detail = await s.Client.TicketAsync(r.GetValue(id), ct).ConfigureAwait(false);
            RenderDetail(s, detail);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Accept(ClientRunner runner)
    {
        var t = runner.Text;
        var id = IdArgument(t);
        var version = new Option<int>("--version") { Description = t["包含更正的数据版本号", "The data version with the fix"], HelpName = "N", Required = true };
        var note = new Option<string?>("--note") { Description = t["给提交人的说明", "A note for the reporter"] };
        var command = new Command("accept", t["采纳纠错", "Accept a ticket"]) { id, version, note };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var ticket = await s.Client.AcceptTicketAsync(r.GetValue(id), r.GetValue(version), r.GetValue(note), ct).ConfigureAwait(false);
            RenderAnswer(s, ticket);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Reject(ClientRunner runner)
    {
        var t = runner.Text;
        var id = IdArgument(t);
        var reason = new Option<string>("--reason") { Description = t["驳回理由", "Why the data is right"], Required = true };
        var command = new Command("reject", t["驳回纠错", "Reject a ticket"]) { id, reason };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var ticket = await s.Client.RejectTicketAsync(r.GetValue(id), r.GetValue(reason)!, ct).ConfigureAwait(false);
            RenderAnswer(s, ticket);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Argument<long> IdArgument(Localizer t) => new("ID") { Description = t["纠错单编号", "The ticket id"] };

    private static void RenderList(ClientSession s, JsonElement page)
    {
        if (s.Json)
        {
            s.Out.Json(page);
            return;
        }
        var t = s.T;
        var table = new Table().AddColumns(TableColumns.Fixed("ID"), TableColumns.Fixed(t["资源代码", "Resource"]), TableColumns.Text(t["信息项", "Item"]),
            TableColumns.Text(t["理由", "Reason"]), TableColumns.Fixed(t["状态", "Status"]), TableColumns.Fixed(t["期限", "Deadline"]));
        foreach (var ticket in page.Get("items").Items())
        {
            var status = ticket.Str("statusLabel") + (ticket.Get("overdue").ValueKind == JsonValueKind.True ? t["（超期）", " (overdue)"] : "");
            table.AddRow(Markup.Escape(ticket.Str("id")), Markup.Escape(ticket.Str("resourceCode")), Markup.Escape(ticket.Str("item")),
                Markup.Escape(ticket.Str("reason")), Markup.Escape(status), Markup.Escape(ticket.Date("deadline")));
        }
        s.Out.Write(table);
        s.Out.Line(Markup.Escape(t[$"共 {page.Str("total")} 条", $"{page.Str("total")} in all"]));
    }

    private static void RenderDetail(ClientSession s, JsonElement detail)
    {
        if (s.Json)
        {
            s.Out.Json(detail);
            return;
        }
        var t = s.T;
        var ticket = detail.Get("ticket");
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        (string Label, string Value)[] rows =
        [
            (t["资源", "Resource"], $"{ticket.Str("resourceCode")} {ticket.Str("resourceName")}"), (t["提供方", "Provider"], ticket.Str("providerName")),
            (t["版本", "Version"], ticket.Str("seenVersion")), (t["行号", "Row"], ticket.Str("rowId")), (t["记录主键", "Record key"], ticket.Str("recordKey")),
            (t["信息项", "Item"], ticket.Str("item")), (t["理由", "Reason"], ticket.Str("reason")), (t["建议值", "Proposed value"], ticket.Str("proposedValue")),
            (t["提交人", "Reporter"], ticket.Get("reporter").Str("username")), (t["状态", "Status"], ticket.Str("statusLabel")),
            (t["期限", "Deadline"], ticket.Str("deadline")), (t["更正版本", "Fixed in version"], ticket.Str("fixedInVersion")),
            (t["驳回理由", "Rejection reason"], ticket.Str("rejectionReason")),
        ];
        foreach (var (label, value) in rows.Where(row => row.Value.Trim().Length > 0))
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
        }
        s.Out.Write(new Panel(grid) { Header = new PanelHeader(Markup.Escape(t[$"纠错单 {ticket.Str("id")}", $"Ticket {ticket.Str("id")}"])), Expand = true });
        var events = new Table().AddColumns(TableColumns.Fixed(t["时间", "At"]), TableColumns.Fixed(t["操作", "Action"]),
            TableColumns.Fixed(t["操作人", "By"]), TableColumns.Text(t["说明", "Note"]));
        foreach (var e in detail.Get("events").Items())
        {
            events.AddRow(Markup.Escape(e.Str("at")), Markup.Escape(e.Str("actionLabel")), Markup.Escape(e.Str("actorName")), Markup.Escape(e.Str("note")));
        }
        s.Out.Write(events);
    }

    private static void RenderAnswer(ClientSession s, JsonElement ticket)
    {
        if (s.Json)
        {
            s.Out.Json(ticket);
            return;
        }
        s.Out.Line(Markup.Escape(s.T[$"纠错单 {ticket.Str("id")}：{ticket.Str("statusLabel")}", $"Ticket {ticket.Str("id")}: {ticket.Str("statusLabel")}"]));
    }
}
