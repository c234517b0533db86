using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Zhongyuan.Benchmarks;

// dotnet run -c Release --project benchmarks/Zhongyuan.Benchmarks -- search|store|coldstart|all|micro|transcode|conversion [--count N] [--rounds N] [--data DIR]
//                                                                  -- ingest [--rows N] [--rounds N] [--data DIR]
//                                                                  -- identifiers [--count N] [--rounds N]
//                                                                  -- governance [--rows N] [--rounds N] [--data DIR]
//                                                                  -- audit [--events N] [--rounds N]
//                                                                  -- sharing [--rows N] [--rounds N] [--clients N] [--seconds N] [--data DIR]
//                                                                  -- portal [--persons N] [--rounds N]
var command = args.FirstOrDefault() ?? "all";
var count = Option("--count", 100_000);
var rounds = Option("--rounds", 200);
var data = OptionText("--data");

if (command == "micro")
{
    Environment.SetEnvironmentVariable("ZY_BENCH_COUNT", count.ToString(CultureInfo.InvariantCulture));
    BenchmarkRunner.Run<SearchMicro>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
    return 0;
}
if (command == "transcode")
{
    BenchmarkRunner.Run<TranscodeBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
    return 0;
}
if (command == "conversion")
{
    Environment.SetEnvironmentVariable("ZY_BENCH_COUNT", Option("--count", 1_000_000).ToString(CultureInfo.InvariantCulture));
    BenchmarkRunner.Run<ConversionBenchmarks>(DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance)));
    return 0;
}
if (command is not ("search" or "store" or "coldstart" or "all" or "ingest" or "identifiers" or "governance" or "audit" or "sharing" or "portal"))
{
    Console.Error.WriteLine("usage: -- search|store|coldstart|all|micro|transcode|conversion [--count N] [--rounds N] [--data DIR]");
    Console.Error.WriteLine("       -- ingest [--rows N] [--rounds N] [--data DIR]   (DIR keeps the generated CSV files for the next run; ZY_BENCH_LOAD_ONLY=1: one UTF-8 load and its memory only)");
    Console.Error.WriteLine("       -- identifiers [--count N] [--rounds N]          (single-thread validation rate, default 1,000,000 values, 10 rounds)");
    Console.Error.WriteLine("       -- governance [--rows N] [--rounds N] [--data DIR]");
    Console.Error.WriteLine("       -- audit [--events N] [--rounds N]   (append and verification rates of the audit log on SQLite)");
    Console.Error.WriteLine("       -- sharing [--rows N] [--rounds N] [--clients N] [--seconds N] [--data DIR]   (rows API through a grant vs the admin path; HTTP load)");
    Console.Error.WriteLine("       -- portal [--persons N] [--rounds N]  (server time of the portal pages through HTTP with the demo data)");
    return 2;
}

Console.WriteLine($"Machine: {Machine.Describe()}");
Console.WriteLine($"Command: dotnet run -c Release --project benchmarks/Zhongyuan.Benchmarks -- {string.Join(' ', args)}");
Console.WriteLine();
if (command == "ingest")
{
    var rows = Option("--rows", 10_000_000);
    Console.WriteLine($"## Data collection, {rows:N0} rows");
    Console.WriteLine();
    Console.WriteLine(await IngestBench.RunAsync(rows, Option("--rounds", 100), data));
    return 0;
}
if (command == "identifiers")
{
    Console.WriteLine("## Identifier validation, one thread");
    Console.WriteLine();
    Console.WriteLine(IdentifierBench.Run(Option("--count", 1_000_000), Option("--rounds", 10)));
    return 0;
}
if (command == "governance")
{
    var rows = Option("--rows", 10_000_000);
    Console.WriteLine($"## Governance, {rows:N0} rows");
    Console.WriteLine();
    Console.WriteLine(await GovernanceBench.RunAsync(rows, Option("--rounds", 1), data));
    return 0;
}
if (command == "audit")
{
    var events = Option("--events", 1_000_000);
    Console.WriteLine($"## Audit log, {events:N0} events on SQLite");
    Console.WriteLine();
    Console.WriteLine(await AuditBench.RunAsync(events, Option("--rounds", 3)));
    return 0;
}
if (command == "sharing")
{
    var rows = Option("--rows", 1_000_000);
    Console.WriteLine($"## Sharing: rows API through a grant, {rows:N0} rows");
    Console.WriteLine();
    Console.WriteLine(await SharingBench.RunAsync(rows, Option("--rounds", 300), Option("--clients", 64), Option("--seconds", 15), data));
    return 0;
}
if (command == "portal")
{
    var persons = Option("--persons", 20_000);
    Console.WriteLine("## Portal pages through HTTP");
    Console.WriteLine();
    Console.WriteLine(await PortalBench.RunAsync(persons, Option("--rounds", 200)));
    return 0;
}
string? searchData = null;
if (command is "search" or "all")
{
    searchData = data ?? Directory.CreateTempSubdirectory("zy-bench-search-").FullName;
    Console.WriteLine($"## Search, {count:N0} resources (data directory {searchData})");
    Console.WriteLine();
    Console.WriteLine(await SearchBench.RunAsync(count, rounds, searchData));
}
if (command is "store" or "all")
{
    Console.WriteLine($"## Creating {count:N0} resources through CatalogService");
    Console.WriteLine();
    Console.WriteLine(await StoreBench.RunAsync(count, singles: Option("--singles", 1_000)));
}
if (command is "coldstart" or "all")
{
    Console.WriteLine("## Server cold start to the first 200 from /healthz (embedded storage)");
    Console.WriteLine();
    Console.WriteLine(await ColdStartBench.RunAsync(Option("--runs", 5), command == "all" ? searchData : data));
}
if (data is null && searchData is not null)
{
    Directory.Delete(searchData, recursive: true);
}
return 0;

int Option(string name, int fallback) =>
    OptionText(name) is { } text ? int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
