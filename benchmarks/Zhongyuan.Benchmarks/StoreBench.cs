using System.Diagnostics;
using System.Text;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Regions;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Registering resources through <see cref="CatalogService"/> on each engine: <c>count</c> resources with
/// <see cref="CatalogService.CreateManyAsync"/> in ten batches, then single <see cref="CatalogService.CreateAsync"/>
/// calls on the filled catalog. The search index is left out (a no-op index) so the figures are the store's.
/// </summary>
internal static class StoreBench
{
    private const int Batches = 10;

    public static async Task<string> RunAsync(int count, int singles)
    {
        var s = new StringBuilder();
        s.AppendLine("| engine | operation | resources | seconds | resources/s |");
        s.AppendLine("|---|---|---:|---:|---:|");
        foreach (var engine in new[] { "sqlite", "postgres" })
        {
            var directory = engine == "sqlite" ? Directory.CreateTempSubdirectory("zy-bench-store-").FullName : null;
            try
            {
                await RunEngineAsync(engine, directory, count, singles, s);
            }
            finally
            {
                if (directory is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(directory, recursive: true);
                }
            }
        }
        return s.ToString();
    }

    private static async Task RunEngineAsync(string engine, string? directory, int count, int singles, StringBuilder s)
    {
        await using var db = directory is not null
            ? Database.Sqlite(Path.Combine(directory, "zhongyuan.db"))
            : Database.Postgres(await PostgresCluster.Shared.CreateDatabaseAsync("bench"));
        Migrator.Run(db);
        var departments = new DepartmentStore(db, TimeProvider.System);
        var ids = await BenchCatalog.SeedDepartmentsAsync(departments);
        var catalog = new CatalogService(new ResourceStore(db), departments, new NoIndex(), TimeProvider.System, code => RegionCatalog.Henan.Find(code) is not null);
        var batch = (count + Batches - 1) / Batches;
        var started = Stopwatch.GetTimestamp();
        for (var from = 0; from < count; from += batch)
        {
            var size = Math.Min(batch, count - from);
            foreach (var publish in new[] { true, false })
            {
                var result = await catalog.CreateManyAsync(BenchCatalog.Requests(ids, from, size, publish), "bench", publish);
                Check(result.Rejected.Count == 0, () => $"{result.Rejected.Count} rejected, e.g. {result.Rejected[0].Errors[0].Message.En}");
            }
            Console.Error.WriteLine($"store/{engine}: created {from + size:N0}/{count:N0} ({(from + size) / Stopwatch.GetElapsedTime(started).TotalSeconds:N0}/s)");
        }
        Row(s, engine, $"CreateManyAsync, {Batches} batches of {batch:N0}", count, Stopwatch.GetElapsedTime(started).TotalSeconds);
        started = Stopwatch.GetTimestamp();
        for (var i = count; i < count + singles; i++)
        {
            var e = BenchCatalog.Entry(i);
            var outcome = await catalog.CreateAsync(new NewResource(ids[e.ProviderName], e.Metadata), "bench");
            Check(outcome.Succeeded, () => $"single create rejected: {outcome.Problem}");
        }
        Row(s, engine, $"CreateAsync one at a time (catalog of {count:N0})", singles, Stopwatch.GetElapsedTime(started).TotalSeconds);
        Console.Error.WriteLine($"store/{engine}: {singles} single creates done");
    }

    private static void Row(StringBuilder s, string engine, string operation, int resources, double seconds) =>
        s.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"| {(engine == "sqlite" ? "SQLite (embedded, WAL)" : "PostgreSQL (local, fsync off)")} | {operation} | {Measure.N(resources)} | {Measure.F(seconds, 1)} | {Measure.N(resources / seconds)} |");

    private static void Check(bool condition, Func<string> message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message());
        }
    }

    private sealed class NoIndex : IResourceIndex
    {
        public void Upsert(Resource resource)
        {
        }

        public void UpsertMany(IEnumerable<Resource> resources)
        {
        }
    }
}
