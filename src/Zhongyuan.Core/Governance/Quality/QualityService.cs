using System.Globalization;
using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Conversion;

namespace Zhongyuan.Governance.Quality;

/// <summary>
/// Reads quality: a version's report (assessing it first when it has no assessment, e.g. after a crash between the
/// version's commit and its assessment's), score history, league tables, and the failing rows; re-assesses on demand
/// (e.g. after the resource an exists-in rule compares with got new data).
/// </summary>
public sealed class QualityService(DataPlane plane, DatasetStore datasets, QualityStore store, ResourceStore resources,
    DepartmentStore departments, TimeProvider time)
{
    /// <summary>The report of a version (the current one when null); null when the resource has no such version.</summary>
    public async Task<QualityReport?> ReportAsync(Resource resource, int? version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (await datasets.FindVersionAsync(resource.Code, version, ct).ConfigureAwait(false) is not { } v)
        {
            return null;
        }
        var stored = await store.FindAsync(resource.Code, v.Version, ct).ConfigureAwait(false) ?? await AssessAsync(resource, v, ct).ConfigureAwait(false);
        return Report(resource, stored);
    }

    /// <summary>Assesses a version again with the resource's current rules and saves the result.</summary>
    public async Task<StoredAssessment> AssessAsync(Resource resource, DatasetVersion version, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(version);
        var plan = GovernancePlan.For(resource.Metadata);
        var references = await QualityReferences.ResolveAsync(datasets, plane, plan, ct).ConfigureAwait(false);
        var staging = plane.StagingFor("quality-" + Guid.NewGuid().ToString("N"));
        try
        {
            QualityAssessment assessment;
            using (var duck = DataPlane.OpenDuckDb(staging))
            {
                var functions = GovernanceFunctions.Register(duck, plan, Sharing.Access.ChinaDay.Of(time.GetUtcNow()));
                var previous = await store.FindAsync(resource.Code, version.Version, ct).ConfigureAwait(false);
                assessment = QualityAssessor.Assess(duck, functions, new AssessmentInput(resource.Code, version.Version, plane.Full(version.File), version.Columns,
                    plan, version.RowsRejected, previous?.Assessment.Standardized ?? [], Path.Combine(staging, "failures.parquet"), references), time.GetUtcNow());
            }
            string? failures = null;
            if (assessment.FailuresFile is not null)
            {
                // A new name each time: readers of the previous file are never disturbed; the old file is removed at the next start.
                failures = Path.Combine(plane.DatasetDirectory(resource.Code), $"{version.JobId}.failures.{time.GetUtcNow().ToUnixTimeMilliseconds()}.parquet");
                File.Move(assessment.FailuresFile, failures);
            }
            await store.SaveAsync(assessment with { FailuresFile = failures is null ? null : plane.Relative(failures) }, ct).ConfigureAwait(false);
            return (await store.FindAsync(resource.Code, version.Version, ct).ConfigureAwait(false))!;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The reports of every assessed version of a resource, oldest first (a score series for charts).</summary>
    public async Task<IReadOnlyList<QualityReport>> HistoryAsync(Resource resource, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return [.. (await store.HistoryAsync(resource.Code, ct).ConfigureAwait(false)).Select(s => Report(resource, s))];
    }

    /// <summary>A department's quality: its resources' current versions, best first, and their mean scores.</summary>
    public async Task<DepartmentQuality?> DepartmentAsync(long departmentId, CancellationToken ct = default)
    {
        if (await departments.FindAsync(departmentId, ct).ConfigureAwait(false) is not { } department)
        {
            return null;
        }
        var table = await LeagueTableAsync(await store.CurrentAsync(departmentId, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
        return Summary(department, table, 0);
    }

    /// <summary>
    /// The province-wide ranking of departments by the mean overall score of their resources (省直部门数据质量排行 when
    /// <paramref name="level"/> is <see cref="DepartmentLevel.Province"/>); departments without assessed data come last with rank 0.
    /// </summary>
    public async Task<IReadOnlyList<DepartmentQuality>> RankingAsync(DepartmentLevel? level, CancellationToken ct = default)
    {
        var current = (await store.CurrentAsync(null, ct).ConfigureAwait(false)).ToLookup(s => s.ProviderId);
        // One paged read of the catalog rather than one lookup per assessed resource: the ranking's queries stay fixed in number.
        var catalog = new Dictionary<string, Resource>(StringComparer.Ordinal);
        await foreach (var resource in resources.AllAsync(null, ct).ConfigureAwait(false))
        {
            catalog[resource.Code] = resource;
        }
        var rows = new List<DepartmentQuality>();
        foreach (var department in (await departments.ListAsync(ct).ConfigureAwait(false)).Where(d => level is null || d.Level == level))
        {
            var table = LeagueTable([.. current[department.Id]], catalog.GetValueOrDefault);
            rows.Add(Summary(department, table, 0) with { Resources = [] });
        }
        var ranked = rows.Where(r => r.Overall is not null).OrderByDescending(r => r.Overall).ThenBy(r => r.DepartmentId)
            .Select((r, i) => r with { Rank = i + 1 });
        return [.. ranked, .. rows.Where(r => r.Overall is null).OrderBy(r => r.DepartmentId)];
    }

    /// <summary>
    /// A page of a version's failing rows, of one rule (its index in the report) or of all, each with the whole row;
    /// messages in Chinese or English.
    /// </summary>
    public static FailingRows Failures(DataPlane plane, DatasetVersion version, QualityAssessment assessment, int? rule, int limit, int offset, bool english)
    {
        ArgumentNullException.ThrowIfNull(plane);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(assessment);
        var columns = new List<string> { "rule", "code", "message", IngestColumn.RowId };
        columns.AddRange(version.Columns.Select(c => c.Name));
        if (assessment.FailuresFile is null)
        {
            return new FailingRows(version.Version, 0, columns, []);
        }
        using var duck = DataPlane.OpenReader();
        var where = rule is null ? "" : $" WHERE f.rule = {rule.Value.ToString(CultureInfo.InvariantCulture)}";
        var from = $"read_parquet({SqlLiteral.Of(plane.Full(assessment.FailuresFile))}) AS f";
        var total = Convert.ToInt64(Scalar(duck, $"SELECT count(*) FROM {from}{where}"), CultureInfo.InvariantCulture);
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT f.rule, f.code, f.{IngestColumn.RowId}{string.Concat(version.Columns.Select(c => ", v." + IngestColumn.Quote(c.Name)))} " +
            $"FROM {from} JOIN {DataPlane.VersionRelation(plane.Full(version.File))} AS v ON v.{IngestColumn.RowId} = f.{IngestColumn.RowId}{where} " +
            $"ORDER BY f.rule, f.{IngestColumn.RowId} LIMIT {Math.Clamp(limit, 1, 10_000).ToString(CultureInfo.InvariantCulture)} OFFSET {Math.Max(0, offset).ToString(CultureInfo.InvariantCulture)}";
        using var reader = command.ExecuteReader();
        var rows = new List<IReadOnlyList<object?>>();
        while (reader.Read())
        {
            var code = reader.GetString(1);
            var row = new List<object?> { reader.GetInt32(0), code, QualityCodes.Message(code).In(english), reader.GetInt64(2) };
            for (var i = 3; i < reader.FieldCount; i++)
            {
                row.Add(reader.IsDBNull(i) ? null : Plain(reader.GetValue(i)));
            }
            rows.Add(row);
        }
        return new FailingRows(version.Version, total, columns, rows);
    }

    private static object Plain(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        byte[] b => Convert.ToBase64String(b),
        string or bool or long or int or short or double or float or decimal => value,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static object? Scalar(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private async Task<List<ResourceQuality>> LeagueTableAsync(IReadOnlyList<StoredAssessment> assessments, CancellationToken ct)
    {
        var found = new Dictionary<string, Resource>(StringComparer.Ordinal);
        foreach (var stored in assessments)
        {
            if (await resources.FindAsync(stored.Assessment.ResourceCode, ct).ConfigureAwait(false) is { } resource)
            {
                found[resource.Code] = resource;
            }
        }
        return LeagueTable(assessments, found.GetValueOrDefault);
    }

    private List<ResourceQuality> LeagueTable(IReadOnlyList<StoredAssessment> assessments, Func<string, Resource?> find)
    {
        var table = new List<ResourceQuality>();
        foreach (var stored in assessments)
        {
            if (find(stored.Assessment.ResourceCode) is { } resource)
            {
                var report = Report(resource, stored);
                table.Add(new ResourceQuality(resource.Code, resource.Metadata.Name, stored.Assessment.Version, stored.Assessment.Rows, report.Scores, report.Overall));
            }
        }
        return [.. table.OrderByDescending(r => r.Overall ?? -1).ThenBy(r => r.Code, StringComparer.Ordinal)];
    }

    private static DepartmentQuality Summary(Department department, List<ResourceQuality> table, int rank)
    {
        static double? Mean(IEnumerable<double?> values)
        {
            var present = values.OfType<double>().ToList();
            return present.Count == 0 ? null : Math.Round(present.Average(), 1);
        }
        var scores = new QualityScores(Mean(table.Select(r => r.Scores.Completeness)), Mean(table.Select(r => r.Scores.Validity)),
            Mean(table.Select(r => r.Scores.Uniqueness)), Mean(table.Select(r => r.Scores.Consistency)), Mean(table.Select(r => r.Scores.Timeliness)));
        return new DepartmentQuality(rank, department.Id, department.Name, department.Level, table.Count, scores, Mean(table.Select(r => r.Overall)), table);
    }

    private QualityReport Report(Resource resource, StoredAssessment stored)
    {
        var timeliness = Timeliness.Score(resource.Metadata.UpdateCycle, stored.LoadedAt, stored.ReplacedAt ?? time.GetUtcNow());
        return new QualityReport(stored.Assessment, stored.Assessment.Scores with { Timeliness = timeliness }, stored.LoadedAt, stored.ReplacedAt);
    }
}
