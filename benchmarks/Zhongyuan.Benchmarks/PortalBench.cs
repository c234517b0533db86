using System.Text;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Ingest;
using Zhongyuan.Search;
using Zhongyuan.Server.Hosting;
using Zhongyuan.Storage;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Server time of the portal's pages through HTTP on loopback: a real server with the demo province and its generated
/// data (<c>--persons</c>), each page requested <c>rounds</c> times after a warm-up, one request at a time.
/// </summary>
internal static class PortalBench
{
    public static async Task<string> RunAsync(int persons, int rounds)
    {
        var directory = Directory.CreateTempSubdirectory("zy-bench-portal-").FullName;
        var app = ZhongyuanApp.Create([$"--Zhongyuan:DataDirectory={directory}", "--urls=http://127.0.0.1:0", "--Zhongyuan:Demo=true",
            $"--Zhongyuan:DemoPersons={persons}", "--Zhongyuan:PrintBootstrap=false", "--Logging:LogLevel:Default=Warning"]);
        try
        {
            await app.StartAsync();
            await WaitForLoadsAsync(app.Services.GetRequiredService<Database>());
            var code = await LargestOpenResourceAsync(app);
            var provider = (await app.Services.GetRequiredService<Zhongyuan.Catalog.ResourceStore>().FindAsync(code))!.Provider.Id;
            using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
            var pages = new (string Name, string Path)[]
            {
                ("home", "/"),
                ("search, text", "/search?q=" + Uri.EscapeDataString("人口")),
                ("search, facets", "/search?open=unconditional&theme=" + Uri.EscapeDataString("经济建设") + "&sort=date&page=2"),
                ("search, no match", "/search?q=qzxjvwk"),
                ("resource", "/resources/" + code),
                ("resource, sorted and filtered", $"/resources/{code}?sort=_&dir=desc"),
                ("showcase", "/showcase"),
                ("data requests", "/requests"),
                ("department", "/departments/" + provider.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("city (郑州市)", "/regions/410100"),
                ("developer centre, anonymous", "/developers"),
                ("CKAN package_search", "/api/3/action/package_search?rows=10&q=" + Uri.EscapeDataString("人口")),
                ("CKAN datastore_search, 100 rows", $"/api/3/action/datastore_search?limit=100&resource_id={code}"),
            };
            var table = new StringBuilder(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Resource page: {code} ({persons:N0} demo persons), {rounds} requests per page after 20 warm-up requests.\n\n"));
            table.AppendLine("| page | p50 | p95 | p99 |").AppendLine("|---|---|---|---|");
            foreach (var (name, path) in pages)
            {
                var target = path.Contains("sort=_", StringComparison.Ordinal) ? await SortedPathAsync(app, code) : path;
                await Measure.TimesAsync(20, () => GetAsync(http, target));
                var times = await Measure.TimesAsync(rounds, () => GetAsync(http, target));
                table.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {name} | {Measure.F(Measure.Percentile(times, 50))} ms | {Measure.F(Measure.Percentile(times, 95))} ms | {Measure.F(Measure.Percentile(times, 99))} ms |");
            }
            return table.ToString();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task WaitForLoadsAsync(Database database)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddMinutes(15);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            await using var connection = await database.OpenAsync();
            if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM load_jobs WHERE state IN ('Queued', 'Running')") == 0)
            {
                return;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The demo data loads did not finish within 15 minutes.");
    }

    private static async Task<string> LargestOpenResourceAsync(WebApplication app)
    {
        var index = app.Services.GetRequiredService<CatalogIndexHost>().Index;
        var datasets = app.Services.GetRequiredService<DatasetStore>();
        var open = index.Search(new CatalogSearch { OpenTypes = ["unconditional"], PageSize = CatalogSearch.MaxPageSize }).Hits;
        var best = (Code: open[0].Resource.Code, Rows: -1L);
        foreach (var hit in open)
        {
            if (await datasets.FindVersionAsync(hit.Resource.Code, null) is { } v && v.RowCount > best.Rows)
            {
                best = (hit.Resource.Code, v.RowCount);
            }
        }
        return best.Code;
    }

    private static async Task<string> SortedPathAsync(WebApplication app, string code)
    {
        var version = await app.Services.GetRequiredService<DatasetStore>().FindVersionAsync(code, null);
        var column = version?.Columns[^1].Name ?? "";
        var first = version?.Columns[0].Name ?? "";
        return $"/resources/{code}?sort={Uri.EscapeDataString(column)}&dir=desc&col={Uri.EscapeDataString(first)}&op=contains&val=1";
    }
}
