using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Catalog;
using Zhongyuan.Server.Hosting;
using Zhongyuan.Sharing;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// The cost of control on the rows API: the same filtered page (limit 100) through an application's grant (grant
/// lookup, daily usage upsert, masking inside DuckDB, audit event with subject keys) and through a <c>data:read</c>
/// token (the admin path), interleaved, sequential; then HTTP load with 64 concurrent clients (64 applications, one
/// grant each) on the masked query against the server on a real loopback port.
/// </summary>
internal static class SharingBench
{
    private const string Query = "rows?limit=100&filter=";
    private const string Filter = "户籍地址 like '%金水区%' and 性别 = '女'";

    /// <summary>A filter on unmasked items only: masking is then computed for the returned page alone.</summary>
    private const string PlainFilter = "性别 = '女' and 民族 = '汉族'";

    public static async Task<string> RunAsync(int rows, int rounds, int clients, int seconds, string? dataArgument)
    {
        var work = dataArgument ?? Directory.CreateTempSubdirectory("zy-bench-sharing-").FullName;
        var (csv, generation) = IngestBench.PersonsFile(work, rows);
        var server = Path.Combine(work, "server-" + Guid.NewGuid().ToString("N")[..8]);
        var grants = new BenchGrants();
        var app = Build(server, grants);
        await app.StartAsync();
        try
        {
            var resource = await IngestBench.PopulationAsync(app.Services);
            var load = await IngestBench.LoadAsync(app.Services, resource, csv);
            for (var i = 1; i <= clients; i++)
            {
                grants.Add(Grant(i, resource));
            }
            var s = new StringBuilder();
            s.AppendLine(CultureInfo.InvariantCulture,
                $"Version of {Measure.N(load.Version.RowCount)} rows of 人口基本信息 (demo persons{generation}); filter `{Filter}`, limit 100; the grant covers every item, masking by the catalog rules (公民身份号码, 姓名, 户籍地址 masked).");
            s.AppendLine();
            s.AppendLine(await LatencyAsync(app, resource, rounds, Filter, "filter on a masked item (`户籍地址`): masking runs on every scanned row"));
            s.AppendLine(await LatencyAsync(app, resource, rounds, PlainFilter, "filter on unmasked items only: masking runs on the returned page"));
            s.AppendLine(InProcess(app, resource, load.Version, rounds));
            s.AppendLine(await LoadTestAsync(app, resource, clients, seconds, Filter));
            s.AppendLine(await LoadTestAsync(app, resource, clients, seconds, PlainFilter));
            return s.ToString();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(server, recursive: true);
            if (dataArgument is null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static WebApplication Build(string server, BenchGrants grants)
    {
        var builder = WebApplication.CreateBuilder([$"--Zhongyuan:DataDirectory={server}", "--urls=http://127.0.0.1:0", "--Zhongyuan:Demo=true",
            "--Zhongyuan:DemoPersons=0", "--Zhongyuan:PrintBootstrap=false", "--Logging:LogLevel:Default=Warning"]);
        builder.AddZhongyuan();
        // Until the grant store and application keys merge: constructed grants and a header naming the application.
        builder.Services.AddSingleton<IGrantLookup>(grants);
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, BenchApplicationHandler>(BenchApplicationHandler.SchemeName, o =>
            o.ForwardDefaultSelector = c => c.Request.Headers.ContainsKey(BenchApplicationHandler.Header) ? null : "Token");
        builder.Services.PostConfigure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = BenchApplicationHandler.SchemeName;
            o.DefaultAuthenticateScheme = BenchApplicationHandler.SchemeName;
        });
        var app = builder.Build();
        app.UseZhongyuan();
        return app;
    }

    private static Grant Grant(long application, Resource resource) => new()
    {
        Id = application, ApplicationId = application, ConsumerDepartmentId = 5, ResourceCode = resource.Code, Purpose = "性能测试",
        Items = [.. resource.Metadata.Items.Select(i => i.Name)], Masking = new Dictionary<string, MaskingRule>(),
        StartsAt = DateTimeOffset.UnixEpoch, EndsAt = DateTimeOffset.MaxValue, Status = GrantStatus.Active, GrantedBy = "bench", GrantedAt = DateTimeOffset.UnixEpoch,
    };

    private static async Task<string> LatencyAsync(WebApplication app, Resource resource, int rounds, string filter, string label)
    {
        var baseUri = new Uri(new Uri(app.Urls.First()), $"api/v1/resources/{resource.Code}/");
        using var admin = new HttpClient { BaseAddress = baseUri };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Services.GetRequiredService<PlatformState>().Bootstrap!.Token);
        using var granted = new HttpClient { BaseAddress = baseUri };
        granted.DefaultRequestHeaders.Add(BenchApplicationHandler.Header, "1");
        var uri = new Uri(Query + Uri.EscapeDataString(filter), UriKind.Relative);
        var (adminTimes, grantTimes) = (new List<double>(), new List<double>());
        for (var i = -5; i < rounds; i++)
        {
            var a = await TimeAsync(admin, uri);
            var g = await TimeAsync(granted, uri);
            if (i >= 0)
            {
                adminTimes.Add(a);
                grantTimes.Add(g);
            }
        }
        var ratio = Measure.Percentile(grantTimes, 50) / Measure.Percentile(adminTimes, 50);
        Console.Error.WriteLine($"sharing: admin p50 {Measure.F(Measure.Percentile(adminTimes, 50))} ms, grant p50 {Measure.F(Measure.Percentile(grantTimes, 50))} ms, ratio {Measure.F(ratio)}");
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"`{filter}` — {label}. {rounds} requests per path after 5 warm-up, interleaved, sequential, one HttpClient per path, whole body read; ms.");
        s.AppendLine();
        s.AppendLine("| path | p50 | p99 | mean |");
        s.AppendLine("|---|---:|---:|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| admin path (`data:read` token, no grant checks, raw values) | {Measure.F(Measure.Percentile(adminTimes, 50))} | {Measure.F(Measure.Percentile(adminTimes, 99))} | {Measure.F(adminTimes.Average())} |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| application through a grant (lookup, quota usage upsert, masking, audit with subject keys) | {Measure.F(Measure.Percentile(grantTimes, 50))} | {Measure.F(Measure.Percentile(grantTimes, 99))} | {Measure.F(grantTimes.Average())} |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| **ratio at p50 (goal ≤ 1.2×)** | **{Measure.F(ratio)}×** | | |");
        return s.ToString();
    }

    /// <summary>The same page read in process through <c>RowsReader</c>: raw version vs the grant's view, to separate masking from the HTTP path.</summary>
    private static string InProcess(WebApplication app, Resource resource, Ingest.DatasetVersion version, int rounds)
    {
        var path = app.Services.GetRequiredService<Ingest.DataPlane>().Full(version.File);
        var view = Zhongyuan.Sharing.Access.GrantViews.Build(path, version.Columns, resource.Metadata.Items, Grant(1, resource), new byte[32]).View;
        var s = new StringBuilder("| in process, `RowsReader.Query`, limit 100 | raw version p50 | grant view p50 | ratio |\n|---|---:|---:|---:|\n");
        foreach (var filter in new[] { Filter, PlainFilter })
        {
            var request = new Ingest.Query.RowsRequest(Filter: Ingest.Query.FilterParser.Parse(filter), Limit: 100);
            var (raw, masked) = (new List<double>(), new List<double>());
            for (var i = -3; i < Math.Min(rounds, 100); i++)
            {
                var t = Stopwatch.GetTimestamp();
                using (var duck = Zhongyuan.Sharing.Masking.MaskingFunctions.OpenReader())
                {
                    Ingest.Query.RowsReader.Query(duck, path, version.Columns, request);
                }
                var r = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                t = Stopwatch.GetTimestamp();
                using (var duck = Zhongyuan.Sharing.Masking.MaskingFunctions.OpenReader())
                {
                    Ingest.Query.RowsReader.Query(duck, view, request);
                }
                if (i >= 0)
                {
                    raw.Add(r);
                    masked.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                }
            }
            var (p, q) = (Measure.Percentile(raw, 50), Measure.Percentile(masked, 50));
            s.Append(CultureInfo.InvariantCulture, $"| `{filter}` | {Measure.F(p)} | {Measure.F(q)} | {Measure.F(q / p)}× |\n");
        }
        return s.ToString();
    }

    private static async Task<double> TimeAsync(HttpClient client, Uri uri)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(uri);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task<string> LoadTestAsync(WebApplication app, Resource resource, int clients, int seconds, string filter)
    {
        var baseUri = new Uri(new Uri(app.Urls.First()), $"api/v1/resources/{resource.Code}/");
        var uri = new Uri(Query + Uri.EscapeDataString(filter), UriKind.Relative);
        var times = new ConcurrentBag<double>();
        var errors = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(1, clients).Select(c => Task.Run(async () =>
        {
            using var client = new HttpClient { BaseAddress = baseUri };
            client.DefaultRequestHeaders.Add(BenchApplicationHandler.Header, c.ToString(CultureInfo.InvariantCulture));
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(uri);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = times.ToList();
        Console.Error.WriteLine($"sharing: load {all.Count} requests in {Measure.F(elapsed, 1)} s, {errors} errors");
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"HTTP load: {clients} concurrent clients (one application and grant each, {clients} HttpClients on loopback), masked rows query `{filter}`, limit 100, {seconds} s.");
        s.AppendLine();
        s.AppendLine("| requests | errors (non-2xx) | requests/s | p50 ms | p99 ms |");
        s.AppendLine("|---:|---:|---:|---:|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| {Measure.N(all.Count)} | {errors} | {Measure.N(all.Count / elapsed)} | {Measure.F(Measure.Percentile(all, 50))} | {Measure.F(Measure.Percentile(all, 99))} |");
        return s.ToString();
    }

    /// <summary>The constructed grants of the bench (the grant store is another branch's work).</summary>
    private sealed class BenchGrants : IGrantLookup
    {
        private readonly ConcurrentDictionary<long, Grant> _grants = new();

        public void Add(Grant grant) => _grants[grant.ApplicationId] = grant;

        public Task<Grant?> InForceAsync(long applicationId, string resourceCode, DateTimeOffset now, CancellationToken ct = default) =>
            Task.FromResult(_grants.TryGetValue(applicationId, out var g) && g.ResourceCode == resourceCode && g.IsInForce(now) ? g : null);
    }
}
