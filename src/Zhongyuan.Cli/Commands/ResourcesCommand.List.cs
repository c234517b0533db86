using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

internal static partial class ResourcesCommand
{
    private static Command List(ClientRunner runner)
    {
        var t = runner.Text;
        var status = new Option<string?>("--status") { Description = t["状态：draft、submitted、published、retired", "Status: draft, submitted, published, retired"] };
        status.AcceptOnlyFromAmong("draft", "submitted", "published", "retired");
        var provider = new Option<long?>("--provider") { Description = t["提供方部门 ID", "Providing department id"], HelpName = "ID" };
        var limit = new Option<int?>("--limit") { Description = t["每页条数（默认 100）", "Entries per page (default 100)"], HelpName = "N" };
        var all = new Option<bool>("--all") { Description = t["取完所有页", "Fetch every page"] };
        var command = new Command("list", t["按登记顺序列出信息资源", "List resources in the order they were registered"]) { status, provider, limit, all };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var (items, next) = await FetchAsync(s, r.GetValue(status), r.GetValue(provider), r.GetValue(limit), r.GetValue(all), ct).ConfigureAwait(false);
            RenderList(s, items, next);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<(List<JsonElement> Items, string? Next)> FetchAsync(
        ClientSession s, string? status, long? provider, int? limit, bool all, CancellationToken ct)
    {
        List<JsonElement> items = [];
        string? next = null;
        do
        {
            var page = await s.Client.ResourcesAsync(status, provider, next, limit, ct).ConfigureAwait(false);
            items.AddRange(page.Get("items").Items());
            next = page.Get("next").ValueKind == JsonValueKind.String ? page.Str("next") : null;
        }
        while (all && next is not null);
        return (items, next);
    }

    private static void RenderList(ClientSession s, List<JsonElement> items, string? next)
    {
        if (s.Json)
        {
            s.Out.Json(JsonSerializer.SerializeToElement(new { items, next }));
            return;
        }
        var t = s.T;
        var table = new Table().AddColumns(TableColumns.Fixed(t["代码", "Code"]), TableColumns.Text(t["名称", "Name"]), TableColumns.Text(t["提供方", "Provider"]),
            TableColumns.Fixed(t["状态", "Status"]), TableColumns.Fixed(t["版本", "Ver."]), TableColumns.Fixed(t["更新", "Updated"]));
        foreach (var item in items)
        {
            table.AddRow(Markup.Escape(item.Str("code")), Markup.Escape(item.Get("metadata").Str("name")), Markup.Escape(item.Get("provider").Str("name")),
                Markup.Escape(Labels.Status(item.Str("status"), t)), item.Str("version"), item.Date("updatedAt"));
        }
        s.Out.Write(table);
        s.Out.Line(Markup.Escape(next is null
            ? t[$"共 {items.Count} 条", $"{items.Count} resources"]
            : t[$"本页 {items.Count} 条；还有更多，用 --all 取完所有页", $"{items.Count} resources on this page; more remain, use --all to fetch every page"]));
    }
}
