using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Http;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy catalog import|export</c>: the catalog as a JSON or XLSX file.</summary>
internal static class CatalogCommand
{
    public static Command Create(ClientRunner runner) =>
        new("catalog", runner.Text["目录导入导出（JSON 或 XLSX）", "Catalog import and export (JSON or XLSX)"]) { Import(runner), Export(runner) };

    private static Command Import(ClientRunner runner)
    {
        var t = runner.Text;
        var file = new Argument<string>("FILE") { Description = t[".json 或 .xlsx 文件", "A .json or .xlsx file"] };
        var publish = new Option<bool>("--publish") { Description = t["导入后直接发布", "Publish the imported entries"] };
        var command = new Command("import", t["批量登记或更新信息资源；有被拒绝的行时退出码为 1", "Create or update entries in bulk; exit code 1 when a row is rejected"]) { file, publish };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var path = r.GetValue(file)!;
            var contentType = Format(s.T, path, null) == "xlsx" ? ZyClient.XlsxType : "application/json";
            if (!File.Exists(path))
            {
                throw new UsageException(s.T[$"找不到文件 {path}", $"File not found: {path}"]);
            }
            var report = await s.Client.ImportAsync(path, contentType, r.GetValue(publish), ct).ConfigureAwait(false);
            RenderImport(s, report);
            return report.Get("rejected").Items().Any() ? ExitCodes.Refused : ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Export(ClientRunner runner)
    {
        var t = runner.Text;
        var file = new Argument<string>("FILE") { Description = t["输出文件", "Output file"] };
        var format = new Option<string?>("--format") { Description = t["json 或 xlsx（默认按扩展名）", "json or xlsx (default: from the extension)"] };
        format.AcceptOnlyFromAmong("json", "xlsx");
        var status = new Option<string?>("--status") { Description = t["只导出此状态，如 published", "Only this status, e.g. published"] };
        var command = new Command("export", t["导出目录到文件", "Export the catalog to a file"]) { file, format, status };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var path = r.GetValue(file)!;
            var bytes = await s.Client.ExportAsync(path, Format(s.T, path, r.GetValue(format)), r.GetValue(status), ct).ConfigureAwait(false);
            s.Out.Line(Markup.Escape(s.T[$"已导出到 {path}（{bytes:N0} 字节）", $"Exported to {path} ({bytes:N0} bytes)"]));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The explicit format, else the one the file's extension names.</summary>
    private static string Format(Localizer t, string path, string? format) =>
        format ?? Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => "json",
            ".xlsx" => "xlsx",
            _ => throw new UsageException(t[$"无法从扩展名判断格式：{path}（应为 .json 或 .xlsx，或用 --format）",
                $"Cannot tell the format from the extension of {path} (use .json or .xlsx, or --format)"]),
        };

    private static void RenderImport(ClientSession s, JsonElement report)
    {
        if (s.Json)
        {
            s.Out.Json(report);
            return;
        }
        var t = s.T;
        var table = new Table().AddColumns(TableColumns.Fixed(t["行", "Row"]), TableColumns.Fixed(t["结果", "Result"]), TableColumns.Text(t["代码或原因", "Code or reason"]));
        AddRows(table, report.Get("created"), t["新建", "created"]);
        AddRows(table, report.Get("updated"), t["更新", "updated"]);
        foreach (var rejected in report.Get("rejected").Items())
        {
            var reasons = rejected.Get("errors").Items().Select(e => $"{e.Str("field")}: {e.Str("message")}");
            table.AddRow(rejected.Str("row"), t["[red]拒绝[/]", "[red]rejected[/]"], Markup.Escape(string.Join("\n", reasons)));
        }
        s.Out.Write(table);
        s.Out.Line(Markup.Escape(t[$"新建 {Count(report, "created")} 条，更新 {Count(report, "updated")} 条，拒绝 {Count(report, "rejected")} 条",
            $"{Count(report, "created")} created, {Count(report, "updated")} updated, {Count(report, "rejected")} rejected"]));
    }

    private static void AddRows(Table table, JsonElement rows, string result)
    {
        foreach (var row in rows.Items())
        {
            table.AddRow(row.Str("row"), Markup.Escape(result), Markup.Escape(row.Str("code")));
        }
    }

    private static string Count(JsonElement report, string name) =>
        report.Get(name).Items().Count().ToString(CultureInfo.InvariantCulture);
}
