using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Reading the loaded version: filtered queries with limit 100 through <c>GET /api/v1/resources/{code}/rows</c>
/// (sequential, <see cref="HttpClient"/>, whole body read), through <see cref="RowsReader.Query(DuckDB.NET.Data.DuckDBConnection, string, IReadOnlyList{Zhongyuan.Ingest.IngestColumn}, RowsRequest)"/> with a fresh
/// reader per query as the endpoint does, and as plain SQL on one DuckDB connection; then the whole version
/// exported as CSV through <c>GET …/data/export?format=csv</c> and with DuckDB's own <c>COPY … TO</c>.
/// </summary>
internal static class IngestApiBench
{
    private const int Warmup = 5;

    public static async Task<string> RunAsync(WebApplication app, Resource resource, DatasetVersion version, int rounds)
    {
        var plane = app.Services.GetRequiredService<DataPlane>();
        var parquet = plane.Full(version.File);
        var ids = SampleIds(parquet, version.RowCount);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(30) };
        var token = app.Services.GetRequiredService<PlatformState>().Bootstrap?.Token;
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"Queries on version {version.Version} ({Measure.N(version.RowCount)} rows, Parquet {IngestBench.MbText(version.Bytes)} MB), {rounds} requests each after {Warmup} warm-up, sequential; ms.");
        s.AppendLine();
        s.AppendLine("| filter (limit 100) | rows returned | HTTP p50 | HTTP p99 | RowsReader p50 | RowsReader p99 | DuckDB SQL p50 | DuckDB SQL p99 |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var queries = new (string Label, Func<int, string> Filter, Func<int, (string Where, object Value)> Sql)[]
        {
            ("公民身份号码 = '…' (20 different IDs in turn)", i => $"公民身份号码 = '{ids[i % ids.Count]}'", i => ("\"公民身份号码\" = $v", ids[i % ids.Count])),
            ("户籍地址 like '%金水区%' and 性别 = '女'", _ => "户籍地址 like '%金水区%' and 性别 = '女'", _ => ("\"户籍地址\" LIKE $v AND \"性别\" = '女'", "%金水区%")),
        };
        foreach (var (label, filter, sql) in queries)
        {
            var returned = 0;
            var http = await TimedAsync(rounds, async i =>
            {
                using var response = await client.GetAsync(new Uri($"api/v1/resources/{resource.Code}/rows?limit=100&filter={Uri.EscapeDataString(filter(i))}", UriKind.Relative));
                response.EnsureSuccessStatusCode();
                var body = await response.Content.ReadAsStringAsync();
                returned = body.Length;
            });
            var rows = 0;
            var reader = await TimedAsync(rounds, i =>
            {
                using var duck = DataPlane.OpenReader();
                rows = RowsReader.Query(duck, parquet, version.Columns, new RowsRequest(Filter: FilterParser.Parse(filter(i)), Limit: 100)).Rows.Count;
                return Task.CompletedTask;
            });
            using var shared = DataPlane.OpenReader();
            var direct = await TimedAsync(rounds, i =>
            {
                var (where, value) = sql(i);
                using var command = shared.CreateCommand();
                command.CommandText = $"SELECT * FROM {DataPlane.VersionRelation(parquet)} WHERE {where} LIMIT 100";
                command.Parameters.Add(new DuckDBParameter("v", value));
                using var r = command.ExecuteReader();
                while (r.Read())
                {
                }
                return Task.CompletedTask;
            });
            s.AppendLine(CultureInfo.InvariantCulture, $"| `{label}` | {rows} | {P(http, 50)} | {P(http, 99)} | {P(reader, 50)} | {P(reader, 99)} | {P(direct, 50)} | {P(direct, 99)} |");
            Console.Error.WriteLine($"ingest: query {label}: HTTP p50 {P(http, 50)} ms p99 {P(http, 99)} ms (last body {returned} chars)");
        }
        s.AppendLine();
        s.AppendLine(await ExportAsync(client, resource, parquet, version));
        return s.ToString();
    }

    private static async Task<string> ExportAsync(HttpClient client, Resource resource, string parquet, DatasetVersion version)
    {
        var started = Stopwatch.GetTimestamp();
        long bytes = 0;
        using (var response = await client.GetAsync(new Uri($"api/v1/resources/{resource.Code}/data/export?format=csv", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead))
        {
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1 << 20];
            int read;
            while ((read = await body.ReadAsync(buffer)) > 0)
            {
                bytes += read;
            }
        }
        var api = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"ingest: export {bytes} bytes in {Measure.F(api, 1)} s");
        var file = Path.Combine(Path.GetTempPath(), "zy-bench-export-" + Guid.NewGuid().ToString("N") + ".csv");
        started = Stopwatch.GetTimestamp();
        using (var duck = DataPlane.OpenReader())
        {
            LoadPipeline.Execute(duck, $"COPY (SELECT {LoadPipeline.ColumnList(version.Columns)} FROM {DataPlane.VersionRelation(parquet)} " +
                $"ORDER BY {(DataPlane.IsNumberedByPosition(parquet) ? DataPlane.PositionColumn : IngestColumn.RowId)}) TO {DataPlane.Literal(file)} (HEADER, DELIMITER ',')");
        }
        var duckSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var duckBytes = new FileInfo(file).Length;
        File.Delete(file);
        var s = new StringBuilder();
        s.AppendLine("| export of the whole version as CSV | rows | MB | seconds | MB/s | rows/s |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| `GET /api/v1/resources/{{code}}/data/export?format=csv` (UTF-8), body read by HttpClient | {Measure.N(version.RowCount)} | {IngestBench.MbText(bytes)} | {Measure.F(api, 1)} | {Measure.F(bytes / 1e6 / api, 1)} | {Measure.N(version.RowCount / api)} |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| DuckDB `COPY (SELECT … ORDER BY _zy_row) TO 'file.csv'`, 2 threads, for reference | {Measure.N(version.RowCount)} | {IngestBench.MbText(duckBytes)} | {Measure.F(duckSeconds, 1)} | {Measure.F(duckBytes / 1e6 / duckSeconds, 1)} | {Measure.N(version.RowCount / duckSeconds)} |");
        return s.ToString();
    }

    /// <summary>IDs spread over the version, for the equality filter (each looked up in turn, so no cache helps).</summary>
    private static List<string> SampleIds(string parquet, long rows)
    {
        using var duck = DataPlane.OpenReader();
        using var command = duck.CreateCommand();
        var step = Math.Max(1, rows / 20);
        command.CommandText = $"SELECT \"公民身份号码\" FROM {DataPlane.VersionRelation(parquet)} WHERE {IngestColumn.RowId} % {step} = 7 AND \"公民身份号码\" IS NOT NULL LIMIT 20";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private static async Task<List<double>> TimedAsync(int rounds, Func<int, Task> action)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await action(i);
        }
        var n = 0;
        return await Measure.TimesAsync(rounds, () => action(n++));
    }

    private static string P(List<double> ms, double p) => Measure.F(Measure.Percentile(ms, p), 1);
}
