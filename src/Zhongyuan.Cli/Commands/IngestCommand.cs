using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary>
/// <c>zy ingest FILE --resource CODE</c>: uploads a file into a resource, follows the load job with a
/// progress bar, and ends with a summary. Exit code 1 when the load failed (the previous version stays).
/// </summary>
internal static class IngestCommand
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(500);

    public static Command Create(ClientRunner runner)
    {
        var t = runner.Text;
        var file = new Argument<string>("FILE") { Description = t["CSV、TSV、XLSX、JSON、NDJSON 或 Parquet 文件", "A CSV, TSV, XLSX, JSON, NDJSON or Parquet file"] };
        var resource = new Option<string>("--resource", "-r") { Description = t["信息资源代码", "The resource code"], Required = true };
        var mode = new Option<string>("--mode") { Description = t["full（全量，默认）或 incremental（增量）", "full (default) or incremental"], DefaultValueFactory = _ => "full" };
        mode.AcceptOnlyFromAmong("full", "incremental");
        var ratio = new Option<double?>("--max-reject-ratio") { Description = t["拒绝行比例上限，默认 0.05", "Largest share of rejected rows, default 0.05"] };
        var sheet = new Option<string?>("--sheet") { Description = t["XLSX 工作表名（默认第一个）", "XLSX sheet (default: the first)"] };
        var map = new Option<string[]>("--map") { Description = t["列映射 信息项=文件列名，可重复", "Column mapping item=column, repeatable"], AllowMultipleArgumentsPerToken = false };
        var noWait = new Option<bool>("--no-wait") { Description = t["上传后不等待加载完成", "Return once uploaded, without waiting for the load"] };
        var command = new Command("ingest", t["上传文件并加载为资源的新数据版本", "Upload a file and load it as a new version of a resource's data"])
        {
            file, resource, mode, ratio, sheet, map, noWait,
        };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException(s.T[$"找不到文件 {path}", $"File not found: {path}"]);
            }
            var query = Query(r.GetValue(mode)!, r.GetValue(ratio), r.GetValue(sheet), r.GetValue(map));
            var job = await UploadAsync(s, r.GetValue(resource)!, path, query, ct).ConfigureAwait(false);
            if (!r.GetValue(noWait))
            {
                job = await FollowAsync(s, job.Str("id"), ct).ConfigureAwait(false);
            }
            Summary(s, job);
            return job.Str("state") == "failed" ? ExitCodes.Refused : ExitCodes.Ok;
        }));
        return command;
    }

    private static string Query(string mode, double? ratio, string? sheet, string[]? map)
    {
        var query = "&mode=" + mode;
        query += ratio is { } x ? "&maxRejectRatio=" + x.ToString(CultureInfo.InvariantCulture) : "";
        query += sheet is null ? "" : "&sheet=" + Uri.EscapeDataString(sheet);
        return (map ?? []).Aggregate(query, (q, m) => q + "&map=" + Uri.EscapeDataString(m));
    }

    private static async Task<JsonElement> UploadAsync(ClientSession s, string resource, string path, string query, CancellationToken ct)
    {
        var size = new FileInfo(path).Length;
        if (s.Json)
        {
            return await s.Client.UploadAsync(resource, path, query, new Progress<long>(), ct).ConfigureAwait(false);
        }
        return await s.Out.Console.Progress().Columns(Columns()).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(s.T["上传", "Upload"]), maxValue: Math.Max(1, size));
            var job = await s.Client.UploadAsync(resource, path, query, new SyncProgress(v => task.Value = v), ct).ConfigureAwait(false);
            task.Value = task.MaxValue;
            return job;
        }).ConfigureAwait(false);
    }

    private static async Task<JsonElement> FollowAsync(ClientSession s, string id, CancellationToken ct)
    {
        if (s.Json)
        {
            return await PollAsync(s, id, _ => { }, ct).ConfigureAwait(false);
        }
        return await s.Out.Console.Progress().Columns(Columns()).StartAsync(async context =>
        {
            var task = context.AddTask(Markup.Escape(s.T["加载", "Load"]), maxValue: 1.0);
            var job = await PollAsync(s, id, j =>
            {
                task.Value = j.Get("progress").ValueKind == JsonValueKind.Number ? j.Get("progress").GetDouble() : 0;
                task.Description = Markup.Escape(s.T[$"加载 {j.Str("stateLabel")} {j.Str("rowsRead")} 行", $"Load {j.Str("stateLabel")} {j.Str("rowsRead")} rows"]);
            }, ct).ConfigureAwait(false);
            task.Value = 1.0;
            return job;
        }).ConfigureAwait(false);
    }

    private static async Task<JsonElement> PollAsync(ClientSession s, string id, Action<JsonElement> update, CancellationToken ct)
    {
        while (true)
        {
            var job = await s.Client.JobAsync(id, ct).ConfigureAwait(false);
            update(job);
            if (job.Str("state") is "succeeded" or "failed")
            {
                return job;
            }
            await Task.Delay(PollEvery, ct).ConfigureAwait(false);
        }
    }

    private static ProgressColumn[] Columns() =>
        [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn()];

    private static void Summary(ClientSession s, JsonElement job)
    {
        if (s.Json)
        {
            s.Out.Json(job);
            return;
        }
        var t = s.T;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        (string, string)[] rows =
        [
            (t["任务", "Job"], job.Str("id")), (t["资源", "Resource"], job.Str("resourceCode")), (t["状态", "State"], job.Str("stateLabel")),
            (t["版本", "Version"], job.Str("version")), (t["读取行数", "Rows read"], job.Str("rowsRead")), (t["拒绝行数", "Rows rejected"], job.Str("rowsRejected")),
            (t["字节", "Bytes"], job.Str("bytesRead")), (t["原因", "Reason"], job.Str("error")),
            (t["拒绝报告", "Reject report"], job.Get("report").Str("rejectsFile").Length > 0 ? $"/api/v1/jobs/{job.Str("id")}/rejects" : ""),
            (t["未使用的列", "Unused columns"], job.Get("report").Str("unknownColumns")), (t["缺少的信息项", "Missing items"], job.Get("report").Str("missingItems")),
        ];
        foreach (var (label, value) in rows.Where(row => row.Item2.Length > 0))
        {
            grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
        }
        s.Out.Write(grid);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
