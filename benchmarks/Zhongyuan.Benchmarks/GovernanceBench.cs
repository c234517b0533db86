using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Ingest;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Governance figures (issue 4): the demo persons CSV loaded into the demo 人口基本信息 (its data-element rules and
/// its cross-field rule) with governance off and on, alternating, in one server; then the quality assessment of the
/// loaded version against a plain DuckDB scan of the same Parquet file that reads every value.
/// </summary>
internal static class GovernanceBench
{
    public static async Task<string> RunAsync(int rows, int rounds, string? dataArgument)
    {
        var work = dataArgument ?? Directory.CreateTempSubdirectory("zy-bench-governance-").FullName;
        var (csv, generation) = IngestBench.PersonsFile(work, rows);
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"Source: {csv} ({Measure.N(IngestBench.Lines(csv))} data rows, {IngestBench.MbText(new FileInfo(csv).Length)} MB){generation}.");
        s.AppendLine();
        try
        {
            await using var server = await DemoBenchServer.StartAsync(work);
            var resource = await IngestBench.PopulationAsync(server.Services);
            var off = new List<IngestBench.LoadRun>();
            var on = new List<IngestBench.LoadRun>();
            for (var round = 0; round < rounds; round++)
            {
                off.Add(await IngestBench.LoadAsync(server.Services, resource, csv, applyRules: false));
                on.Add(await IngestBench.LoadAsync(server.Services, resource, csv, applyRules: true));
            }
            LoadTable(s, off, on);
            await AssessmentTable(s, server.Services, resource, on[^1].Version, rounds);
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

    private static void LoadTable(StringBuilder s, List<IngestBench.LoadRun> off, List<IngestBench.LoadRun> on)
    {
        var offBest = off.Min(r => r.Seconds);
        var onBest = on.Min(r => r.Seconds);
        s.AppendLine("| load | rounds | best s | mean s | rows in version | rejected | vs governance off (best) |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| governance off (`ApplyRules = false`) | {off.Count} | {Measure.F(offBest, 1)} | {Measure.F(off.Average(r => r.Seconds), 1)} | {Measure.N(off[^1].Version.RowCount)} | {Measure.N(off[^1].Version.RowsRejected)} | 1.00× |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| governance on (standardisers, validators, quality assessment) | {on.Count} | {Measure.F(onBest, 1)} | {Measure.F(on.Average(r => r.Seconds), 1)} | {Measure.N(on[^1].Version.RowCount)} | {Measure.N(on[^1].Version.RowsRejected)} | {Measure.F(onBest / offBest)}× |");
        s.AppendLine();
        s.AppendLine("Stages of the last round (seconds):");
        s.AppendLine();
        s.AppendLine("| stage | off | on |");
        s.AppendLine("|---|---:|---:|");
        foreach (var stage in on[^1].Stages.Select(t => t.Stage).Union(off[^1].Stages.Select(t => t.Stage)))
        {
            s.AppendLine(CultureInfo.InvariantCulture, $"| {stage} | {Seconds(off[^1], stage)} | {Seconds(on[^1], stage)} |");
        }
        s.AppendLine();
    }

    private static string Seconds(IngestBench.LoadRun run, string stage) =>
        run.Stages.Any(t => t.Stage == stage) ? Measure.F(run.Stages.Where(t => t.Stage == stage).Sum(t => t.Time.TotalSeconds), 1) : "—";

    private static async Task AssessmentTable(StringBuilder s, IServiceProvider services, Catalog.Resource resource, DatasetVersion version, int rounds)
    {
        var plane = services.GetRequiredService<DataPlane>();
        var quality = services.GetRequiredService<QualityService>();
        var file = plane.Full(version.File);
        var scans = new List<double>();
        var assessments = new List<double>();
        StoredAssessment? stored = null;
        for (var round = 0; round < rounds; round++)
        {
            scans.Add(PlainScan(file, version.Columns));
            var started = Stopwatch.GetTimestamp();
            stored = await quality.AssessAsync(resource, version);
            assessments.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        var a = stored!.Assessment;
        var rules = string.Join(", ", a.Rules.Select(r => $"{r.Rule} {Measure.N(r.FailedRows)} failing"));
        s.AppendLine(CultureInfo.InvariantCulture, $"Quality assessment of version {version.Version} ({Measure.N(a.Rows)} rows, {version.Columns.Count} items, {a.Rules.Count} rules: {rules}):");
        s.AppendLine();
        s.AppendLine("| work | best s | mean s | vs plain scan (best) |");
        s.AppendLine("|---|---:|---:|---:|");
        s.AppendLine(CultureInfo.InvariantCulture, $"| DuckDB plain scan, `SELECT max(hash(<every column>)) FROM read_parquet(…)` | {Measure.F(scans.Min(), 2)} | {Measure.F(scans.Average(), 2)} | 1.00× |");
        s.AppendLine(CultureInfo.InvariantCulture, $"| `QualityService.AssessAsync` (cell counts, rules, key duplicates, failing rows written) | {Measure.F(assessments.Min(), 2)} | {Measure.F(assessments.Average(), 2)} | {Measure.F(assessments.Min() / scans.Min())}× |");
        s.AppendLine();
        s.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Scores: completeness {a.Scores.Completeness}, validity {a.Scores.Validity}, uniqueness {a.Scores.Uniqueness}, consistency {a.Scores.Consistency}."));
        s.AppendLine();
    }

    private static double PlainScan(string file, IReadOnlyList<IngestColumn> columns)
    {
        using var duck = DataPlane.OpenReader();
        var started = Stopwatch.GetTimestamp();
        var all = string.Join(", ", columns.Select(c => IngestColumn.Quote(c.Name)));
        LoadPipeline.Scalar<ulong>(duck, $"SELECT max(hash({all})) FROM read_parquet({DataPlane.Literal(file)})");
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
