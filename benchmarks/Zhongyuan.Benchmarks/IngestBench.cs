using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Catalog;
using Zhongyuan.Demo.Data;
using Zhongyuan.Ingest;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Data collection figures (issue 3): a generated persons CSV (the demo generator's 人口基本信息 rows, noise
/// included) loaded through <see cref="LoadPipeline.RunAsync"/> into the demo resource 人口基本信息 of a real
/// server (<c>ZhongyuanApp.Create</c>, demo catalog, fresh SQLite data directory), against DuckDB's own
/// <c>CREATE TABLE AS SELECT * FROM read_csv(…)</c> of the same file in the same run; the same file in GB18030;
/// then queries and a CSV export of the loaded version through the HTTP API (<see cref="IngestApiBench"/>).
/// </summary>
internal static class IngestBench
{
    private const int Seed = 20_260_101;

    public static async Task<string> RunAsync(int rows, int rounds, string? dataArgument)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var work = dataArgument ?? Directory.CreateTempSubdirectory("zy-bench-ingest-").FullName;
        var s = new StringBuilder();
        var (utf8, generation) = PersonsFile(work, rows);
        var gb18030 = Gb18030File(utf8);
        s.AppendLine(CultureInfo.InvariantCulture, $"Source: {utf8} ({Measure.N(Lines(utf8))} data rows, {MbText(new FileInfo(utf8).Length)} MB UTF-8; " +
            $"GB18030 copy {MbText(new FileInfo(gb18030).Length)} MB){generation}.");
        s.AppendLine();

        try
        {
            await using var server = await DemoBenchServer.StartAsync(work);
            var resource = await PopulationAsync(server.Services);
            if (Environment.GetEnvironmentVariable("ZY_BENCH_LOAD_ONLY") == "1")
            {
                // Memory check of one UTF-8 load alone (e.g. a 5 GB file): no DuckDB reference, no second load, no queries.
                var only = await LoadAsync(server.Services, resource, utf8);
                s.AppendLine(CultureInfo.InvariantCulture, $"| LoadPipeline, UTF-8, alone ({Measure.N(only.Version.RowCount)} accepted, {Measure.N(only.Version.RowsRejected)} rejected) | {Measure.F(only.Seconds, 1)} s | {Measure.F(Mb(only.SourceBytes) / only.Seconds, 1)} MB/s | peak RSS {MbText(only.PeakRss)} MB (before {MbText(only.BaselineRss)} MB) |");
                if (Environment.GetEnvironmentVariable("ZY_BENCH_INCREMENTAL") == "1")
                {
                    // A daily delta onto that version: 5,000 changed rows and 5,000 new ones.
                    var delta = DeltaFile(utf8, work, 10_000);
                    var step = await LoadAsync(server.Services, resource, delta, mode: LoadMode.Incremental);
                    s.AppendLine(CultureInfo.InvariantCulture, $"| LoadPipeline, incremental, 10,000 rows onto it ({Measure.N(step.Version.Inserted)} inserted, {Measure.N(step.Version.Updated)} updated; {Measure.N(step.Version.RowCount)} rows after) | {Measure.F(step.Seconds, 1)} s | — | peak RSS {MbText(step.PeakRss)} MB (before {MbText(step.BaselineRss)} MB) |");
                }
                return s.ToString();
            }
            var duckMemory = DuckDbCtas(utf8, inMemory: true);
            var duckFile = DuckDbCtas(utf8, inMemory: false);
            var duckParquet = DuckDbToParquet(utf8, work);
            var floor = DuckDbFloor(utf8, work);
            var load = await LoadAsync(server.Services, resource, utf8);
            var gbLoad = await LoadAsync(server.Services, resource, gb18030);
            LoadTables(s, utf8, gb18030, duckMemory, duckFile, duckParquet, floor, load, gbLoad);
            // The current version (the GB18030 load, the same rows as the UTF-8 one): the API reads it without ?version=.
            s.AppendLine(await IngestApiBench.RunAsync(server.App, resource, gbLoad.Version, rounds));
        }
        finally
        {
            if (dataArgument is null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
        return s.ToString();
    }

    /// <summary>persons.csv of the demo generator (just that file), kept in the work directory for the next run.</summary>
    internal static (string Path, string Note) PersonsFile(string work, int rows)
    {
        var path = Path.Combine(work, $"persons-{rows}.csv");
        if (File.Exists(path))
        {
            return (path, "; reused from an earlier run");
        }
        var directory = Directory.CreateDirectory(Path.Combine(work, "generate")).FullName;
        var started = Stopwatch.GetTimestamp();
        var population = new DemoPopulation(Seed);
        using (var writer = new PersonsWriter(directory, Seed))
        {
            for (var i = 0; i < rows; i++)
            {
                writer.Write(population.Next());
            }
        }
        File.Move(Path.Combine(directory, DemoDataFiles.Persons.FileName), path);
        Directory.Delete(directory, recursive: true);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"ingest: generated {path} in {Measure.F(seconds, 1)} s");
        return (path, $"; generated in {Measure.F(seconds, 1)} s (not part of any figure below)");
    }

    private static string Gb18030File(string utf8)
    {
        var path = Path.ChangeExtension(utf8, ".gb18030.csv");
        if (!File.Exists(path))
        {
            using var reader = new StreamReader(utf8, new UTF8Encoding(false), false, 1 << 20);
            using var writer = new StreamWriter(path, false, Encoding.GetEncoding(54936), 1 << 20);
            var buffer = new char[1 << 20];
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                writer.Write(buffer, 0, read);
            }
        }
        return path;
    }

    internal static async Task<Resource> PopulationAsync(IServiceProvider services)
    {
        await foreach (var r in services.GetRequiredService<ResourceStore>().AllAsync(ResourceStatus.Published))
        {
            if (r.Metadata.Name == "人口基本信息" && r.Provider.Name == "河南省公安厅")
            {
                return r;
            }
        }
        throw new InvalidOperationException("The demo catalog has no published 人口基本信息 of 河南省公安厅.");
    }

    /// <summary>DuckDB alone: CTAS from read_csv (sniffed dialect and types), 2 threads like the pipeline.</summary>
    private static (double Seconds, long Rows, long PeakRss) DuckDbCtas(string csv, bool inMemory)
    {
        var directory = Directory.CreateTempSubdirectory("zy-bench-duck-").FullName;
        try
        {
            using var memory = PeakMemory.Start();
            var started = Stopwatch.GetTimestamp();
            using var duck = inMemory ? new DuckDBConnection("DataSource=:memory:") : DataPlane.OpenDuckDb(directory);
            if (inMemory)
            {
                duck.Open();
                LoadPipeline.Execute(duck, "SET threads = 2");
            }
            LoadPipeline.Execute(duck, $"CREATE TABLE t AS SELECT * FROM read_csv({DataPlane.Literal(csv)})");
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var count = LoadPipeline.Scalar<long>(duck, "SELECT count(*) FROM t");
            Console.Error.WriteLine($"ingest: DuckDB CTAS ({(inMemory ? "memory" : "file")}) {Measure.F(seconds, 1)} s, {count} rows");
            return (seconds, count, memory.Peak - memory.Baseline);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// DuckDB alone writing the file as a version is stored — Parquet, zstd, row groups of 100,000 — with no conversion at
    /// all: the least any load into the issue's storage does.
    /// </summary>
    private static (double Seconds, long Rows, long PeakRss) DuckDbToParquet(string csv, string work) =>
        DuckDbCopy(csv, work, "(FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE 100000)", keepOrder: true, "COPY to Parquet");

    /// <summary>
    /// The floor of the issue's goal: DuckDB's fastest zstd Parquet write of the file (compression level 1, rows in any
    /// order, DuckDB's own row groups), then one read of every column of what it wrote (the least a profile computed at
    /// load time needs). No load that stores zstd Parquet and profiles it can be faster than these two together.
    /// </summary>
    private static ((double Seconds, long Rows, long PeakRss) Write, double ReadSeconds) DuckDbFloor(string csv, string work)
    {
        var write = DuckDbCopy(csv, work, "(FORMAT PARQUET, COMPRESSION ZSTD, COMPRESSION_LEVEL 1)", keepOrder: false, "fastest zstd write", keep: true);
        var output = Path.Combine(work, "duckdb-copy.parquet");
        try
        {
            using var duck = new DuckDBConnection("DataSource=:memory:");
            duck.Open();
            LoadPipeline.Execute(duck, "SET threads = 2");
            var columns = new List<string>();
            using (var describe = duck.CreateCommand())
            {
                describe.CommandText = $"DESCRIBE SELECT * FROM read_parquet({DataPlane.Literal(output)})";
                using var reader = describe.ExecuteReader();
                while (reader.Read())
                {
                    columns.Add($"count({IngestColumn.Quote(reader.GetString(0))})");
                }
            }
            var started = Stopwatch.GetTimestamp();
            LoadPipeline.Scalar<long>(duck, $"SELECT {string.Join(" + ", columns)} FROM read_parquet({DataPlane.Literal(output)})");
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.Error.WriteLine($"ingest: DuckDB read of every column {Measure.F(seconds, 1)} s");
            return (write, seconds);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static (double Seconds, long Rows, long PeakRss) DuckDbCopy(string csv, string work, string options, bool keepOrder, string label, bool keep = false)
    {
        var output = Path.Combine(work, "duckdb-copy.parquet");
        using var memory = PeakMemory.Start();
        var started = Stopwatch.GetTimestamp();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        LoadPipeline.Execute(duck, "SET threads = 2");
        LoadPipeline.Execute(duck, $"SET preserve_insertion_order = {(keepOrder ? "true" : "false")}");
        LoadPipeline.Execute(duck, $"COPY (SELECT * FROM read_csv({DataPlane.Literal(csv)})) TO {DataPlane.Literal(output)} {options}");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var count = LoadPipeline.Scalar<long>(duck, $"SELECT count(*) FROM read_parquet({DataPlane.Literal(output)})");
        if (!keep)
        {
            File.Delete(output);
        }
        Console.Error.WriteLine($"ingest: DuckDB {label} {Measure.F(seconds, 1)} s, {count} rows");
        return (seconds, count, memory.Peak - memory.Baseline);
    }

    /// <summary>
    /// The first <paramref name="rows"/> records of the source, every other one with another 婚姻状况 (an update when it
    /// differs) and the rest with a new ID (an insert), as a CSV beside it.
    /// </summary>
    private static string DeltaFile(string source, string work, int rows)
    {
        var path = Path.Combine(work, $"delta-{rows}.csv");
        using var reader = new StreamReader(source);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(reader.ReadLine() + "\n");
        for (var i = 0; i < rows && reader.ReadLine() is { } line; i++)
        {
            var f = line.Split(',');
            if (f.Length != 9 || line.Contains('"', StringComparison.Ordinal) || f[0].Length < 3)
            {
                writer.Write(line + "\n");
            }
            else if (i % 2 == 0)
            {
                f[6] = f[6] == "离婚" ? "已婚" : "离婚";
            }
            else
            {
                f[0] = "99" + f[0][2..];
            }
            writer.Write(string.Join(',', f) + "\n");
        }
        return path;
    }

    internal static async Task<LoadRun> LoadAsync(IServiceProvider services, Resource resource, string source, bool applyRules = true, LoadMode mode = LoadMode.Full)
    {
        var plane = services.GetRequiredService<DataPlane>();
        var store = services.GetRequiredService<DatasetStore>();
        var job = Guid.NewGuid().ToString("N");
        await store.InsertJobAsync(new LoadJob
        {
            Id = job, ResourceCode = resource.Code, State = LoadState.Running, Mode = mode, Source = Path.GetFileName(source),
            CreatedBy = "bench", CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        var stages = new List<(string Stage, TimeSpan Time)>();
        var stagePeaks = new List<string>();
        using var memory = PeakMemory.Start();
        var request = new LoadRequest(job, resource, source, Path.GetFileName(source), mode, "bench")
        {
            MaxRejectRatio = 0.2, ApplyRules = applyRules,
            StageTimings = (stage, time) =>
            {
                stages.Add((stage, time));
                stagePeaks.Add($"{stage} {MbText(memory.TakeStagePeak())}");
            },
        };
        var started = Stopwatch.GetTimestamp();
        var (version, _) = await services.GetRequiredService<LoadPipeline>().RunAsync(request, new LoadProgress(), CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var run = new LoadRun(seconds, memory.Baseline, memory.Peak, version, stages, new FileInfo(source).Length);
        Directory.Delete(plane.StagingFor(job), recursive: true);
        Console.Error.WriteLine($"ingest: pipeline {Path.GetFileName(source)} {Measure.F(seconds, 1)} s, {version.RowCount} rows, {version.RowsRejected} rejected; " +
            string.Join(", ", stages.Select(t => $"{t.Stage} {Measure.F(t.Time.TotalSeconds, 1)} s")));
        Console.Error.WriteLine($"ingest: peak RSS MB per stage: {string.Join(", ", stagePeaks)}");
        return run;
    }

    private static void LoadTables(StringBuilder s, string utf8, string gb18030, (double Seconds, long Rows, long PeakRss) duckMemory,
        (double Seconds, long Rows, long PeakRss) duckFile, (double Seconds, long Rows, long PeakRss) duckParquet, ((double Seconds, long Rows, long PeakRss) Write, double ReadSeconds) floor, LoadRun load, LoadRun gbLoad)
    {
        var utf8Mb = Mb(new FileInfo(utf8).Length);
        s.AppendLine("| load | rows | seconds | rows/s | MB/s (source) | peak RSS MB (before) | vs DuckDB CTAS in memory |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| DuckDB `CREATE TABLE t AS SELECT * FROM read_csv(…)`, in memory, 2 threads | {Measure.N(duckMemory.Rows)} | {Measure.F(duckMemory.Seconds, 1)} | {Measure.N(duckMemory.Rows / duckMemory.Seconds)} | {Measure.F(utf8Mb / duckMemory.Seconds, 0)} | +{MbText(duckMemory.PeakRss)} | 1.00× |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| same, with the pipeline's DuckDB settings (400 MB limit spilling, 2 threads) | {Measure.N(duckFile.Rows)} | {Measure.F(duckFile.Seconds, 1)} | {Measure.N(duckFile.Rows / duckFile.Seconds)} | {Measure.F(utf8Mb / duckFile.Seconds, 0)} | +{MbText(duckFile.PeakRss)} | {Measure.F(duckFile.Seconds / duckMemory.Seconds)}× |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| DuckDB `COPY (SELECT * FROM read_csv(…)) TO … (FORMAT PARQUET, COMPRESSION ZSTD)`: the file stored as a version is, no conversion | {Measure.N(duckParquet.Rows)} | {Measure.F(duckParquet.Seconds, 1)} | {Measure.N(duckParquet.Rows / duckParquet.Seconds)} | {Measure.F(utf8Mb / duckParquet.Seconds, 0)} | +{MbText(duckParquet.PeakRss)} | {Measure.F(duckParquet.Seconds / duckMemory.Seconds)}× |");
        var w = floor.Write;
        s.AppendLine(CultureInfo.InvariantCulture, $"| DuckDB's fastest zstd Parquet write of the file (`COMPRESSION_LEVEL 1`, `preserve_insertion_order = false`), no conversion | {Measure.N(w.Rows)} | {Measure.F(w.Seconds, 1)} | {Measure.N(w.Rows / w.Seconds)} | {Measure.F(utf8Mb / w.Seconds, 0)} | +{MbText(w.PeakRss)} | {Measure.F(w.Seconds / duckMemory.Seconds)}× |");
        var least = w.Seconds + floor.ReadSeconds;
        s.AppendLine(CultureInfo.InvariantCulture, $"| that write, then one read of every column it wrote (the least a load-time profile reads): the floor | {Measure.N(w.Rows)} | {Measure.F(least, 1)} | {Measure.N(w.Rows / least)} | {Measure.F(utf8Mb / least, 0)} | — | {Measure.F(least / duckMemory.Seconds)}× |");
        foreach (var (label, run) in new[] { ("LoadPipeline, UTF-8", load), ("LoadPipeline, GB18030", gbLoad) })
        {
            var total = run.Version.RowCount + run.Version.RowsRejected;
            s.AppendLine(CultureInfo.InvariantCulture, $"| {label} ({Measure.N(run.Version.RowCount)} accepted, {Measure.N(run.Version.RowsRejected)} rejected) | {Measure.N(total)} | {Measure.F(run.Seconds, 1)} | {Measure.N(total / run.Seconds)} | {Measure.F(Mb(run.SourceBytes) / run.Seconds, 1)} | {MbText(run.PeakRss)} ({MbText(run.BaselineRss)}) | {Measure.F(run.Seconds / duckMemory.Seconds)}× |");
        }
        s.AppendLine();
        s.AppendLine(CultureInfo.InvariantCulture, $"Pipeline vs DuckDB's CTAS with the pipeline's settings: {Measure.F(load.Seconds / duckFile.Seconds)}×; vs DuckDB's bare COPY to zstd Parquet: {Measure.F(load.Seconds / duckParquet.Seconds)}×; vs the floor: {Measure.F(load.Seconds / least)}×. The goal (1.5× the in-memory CTAS) is {Measure.F(1.5 * duckMemory.Seconds, 1)} s; the GB18030 goal (100 MB/s) is {Measure.F(Mb(new FileInfo(gb18030).Length) / 100, 1)} s for this file. Peak RSS of the whole process (server included) sampled every 50 ms during the load; VmHWM at the end of the loads {MbText(PeakMemory.HighWaterBytes())} MB (includes generation). DuckDB rows are +MB over the resident memory before it.");
        s.AppendLine();
        s.AppendLine("Stages of the pipeline (seconds, share of the load):");
        s.AppendLine();
        var names = load.Stages.Select(t => t.Stage).Union(gbLoad.Stages.Select(t => t.Stage)).ToList();
        s.AppendLine("| stage | UTF-8 s | UTF-8 % | GB18030 s | GB18030 % |");
        s.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var name in names)
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Cell(load, name)} | {Cell(gbLoad, name)} |");
        }
        s.AppendLine(CultureInfo.InvariantCulture, $"| **total** | {Measure.F(load.Seconds, 1)} | | {Measure.F(gbLoad.Seconds, 1)} | |");
        s.AppendLine();
    }

    private static string Cell(LoadRun run, string stage)
    {
        var time = run.Stages.Where(t => t.Stage == stage).Sum(t => t.Time.TotalSeconds);
        return run.Stages.Any(t => t.Stage == stage) ? $"{Measure.F(time, 1)} | {Measure.F(100 * time / run.Seconds, 0)} %" : "— | —";
    }

    internal static long Lines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return lines - 1;
    }

    /// <summary>Megabytes of 10⁶ bytes, as in every MB/s figure here.</summary>
    public static double Mb(long bytes) => bytes / 1e6;

    /// <summary>Megabytes with one decimal.</summary>
    public static string MbText(long bytes) => Measure.F(bytes / 1e6, 1);

    internal sealed record LoadRun(double Seconds, long BaselineRss, long PeakRss, DatasetVersion Version, List<(string Stage, TimeSpan Time)> Stages, long SourceBytes);
}
