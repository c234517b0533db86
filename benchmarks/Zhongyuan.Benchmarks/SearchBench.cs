using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Search;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Search latency over a large catalog: a real server (Kestrel on a loopback port, embedded storage) filled
/// with <c>count</c> resources through <see cref="CatalogService.CreateManyAsync"/>, then the query mix sent
/// sequentially with <see cref="HttpClient"/>, and the same searches straight against <see cref="CatalogIndex.Search"/>.
/// </summary>
internal static class SearchBench
{
    private const int BatchSize = 5_000;
    private const int WarmupRounds = 20;

    public static async Task<string> RunAsync(int count, int rounds, string dataDirectory)
    {
        var app = ZhongyuanApp.Create([$"--Zhongyuan:DataDirectory={dataDirectory}", "--urls=http://127.0.0.1:0",
            "--Zhongyuan:PrintBootstrap=false", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            var index = app.Services.GetRequiredService<CatalogIndex>();
            var fill = await FillAsync(app.Services, index, count);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            index.CacheResults = false;
            var computed = await MeasureAsync(client, index, rounds);
            index.CacheResults = true;
            var cached = await MeasureAsync(client, index, rounds);
            return fill + "\nEvery search computed (result cache off):\n\n" + computed
                + "\nWith the result cache (the default; identical searches reuse results until the next write):\n\n" + cached;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<string> FillAsync(IServiceProvider services, CatalogIndex index, int count)
    {
        var existing = index.Count;
        if (existing >= count)
        {
            Console.Error.WriteLine($"search: reusing {existing:N0} resources in the data directory");
            return $"Data: {existing:N0} resources already in the data directory (reused).\n";
        }
        if (existing > 0)
        {
            throw new InvalidOperationException($"The data directory holds {existing} resources, fewer than {count}; use an empty one.");
        }
        var ids = await BenchCatalog.SeedDepartmentsAsync(services.GetRequiredService<DepartmentStore>());
        var catalog = services.GetRequiredService<CatalogService>();
        var started = Stopwatch.GetTimestamp();
        for (var from = 0; from < count; from += BatchSize)
        {
            var size = Math.Min(BatchSize, count - from);
            foreach (var publish in new[] { true, false })
            {
                var result = await catalog.CreateManyAsync(BenchCatalog.Requests(ids, from, size, publish), "bench", publish);
                if (result.Rejected.Count > 0)
                {
                    throw new InvalidOperationException($"{result.Rejected.Count} entries rejected, e.g. {result.Rejected[0].Errors[0].Message.En}");
                }
            }
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.Error.WriteLine($"search: created {from + size:N0}/{count:N0} resources ({(from + size) / elapsed:N0}/s with the Lucene index)");
        }
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return $"Data: {count:N0} resources created through CatalogService.CreateManyAsync in batches of {BatchSize:N0} on SQLite, "
            + $"search index included: {Measure.F(seconds, 1)} s, {Measure.N(count / seconds)} resources/s.\n";
    }

    private static async Task<string> MeasureAsync(HttpClient client, CatalogIndex index, int rounds)
    {
        var queries = SearchQuery.Mix;
        var http = queries.Select(_ => new List<double>()).ToArray();
        var direct = queries.Select(_ => new List<double>()).ToArray();
        Console.Error.WriteLine($"search: warming up ({WarmupRounds} rounds), then {rounds} rounds of {queries.Count} queries");
        for (var round = -WarmupRounds; round < rounds; round++)
        {
            for (var q = 0; q < queries.Count; q++)
            {
                var h = await Measure.TimesAsync(1, () => GetAsync(client, queries[q]));
                var d = await Measure.TimesAsync(1, () => Task.FromResult(index.Search(queries[q].Search)));
                if (round >= 0)
                {
                    http[q].AddRange(h);
                    direct[q].AddRange(d);
                }
            }
        }
        return Table(queries, http, direct, index);
    }

    private static async Task GetAsync(HttpClient client, SearchQuery query)
    {
        using var response = await client.GetAsync(new Uri("/api/v1/resources/search?" + query.QueryString, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        _ = await response.Content.ReadAsByteArrayAsync();
    }

    private static string Table(IReadOnlyList<SearchQuery> queries, List<double>[] http, List<double>[] direct, CatalogIndex index)
    {
        var s = new StringBuilder();
        s.AppendLine("| query | matches | HTTP p50 ms | HTTP p99 ms | Search() p50 ms | Search() p99 ms |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|");
        for (var q = 0; q < queries.Count; q++)
        {
            var total = index.Search(queries[q].Search).Total;
            s.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {queries[q].Label} | {Measure.N(total)} | {Row(http[q], direct[q])} |");
        }
        var allHttp = http.SelectMany(x => x).ToList();
        var allDirect = direct.SelectMany(x => x).ToList();
        s.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| **whole mix** ({Measure.N(allHttp.Count)} requests) | | {Row(allHttp, allDirect)} |");
        return s.ToString();
    }

    private static string Row(List<double> http, List<double> direct) =>
        $"{Measure.F(Measure.Percentile(http, 50))} | {Measure.F(Measure.Percentile(http, 99))} | "
        + $"{Measure.F(Measure.Percentile(direct, 50))} | {Measure.F(Measure.Percentile(direct, 99))}";
}
