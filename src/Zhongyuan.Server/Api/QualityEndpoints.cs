using System.Globalization;
using System.Text;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Governance;
using Zhongyuan.Governance.Quality;
using Zhongyuan.Identity;
using Zhongyuan.Ingest;
using Zhongyuan.Localization;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Data quality (数据质量): a version's scores and rule outcomes, score history, re-assessment, failing rows, the
/// department league tables and the province-wide ranking, and the rule library and data-element standards.
/// Scores are readable wherever the resource's catalog entry is; failing rows are data, readable as its rows are.
/// </summary>
internal static class QualityEndpoints
{
    public static void MapQuality(this IEndpointRouteBuilder app)
    {
        var quality = app.MapGroup("/api/v1/resources/{code}/quality").WithTags("governance");
        quality.MapGet("", Get).WithSummary("数据质量 Quality scores and rule outcomes of the current version (or ?version=N)");
        quality.MapGet("/history", History).WithSummary("质量历史 Quality scores of every version, oldest first (a series for charts)");
        quality.MapPost("/assess", Assess).RequireAuthorization(Scopes.DataWrite).WithSummary("重新评估 Assess a version again with the current rules");
        quality.MapGet("/failures", Failures).WithSummary("问题数据 Failing rows of a version, of one rule (?rule=N) or all");
        quality.MapGet("/failures/export", Export).WithSummary("导出问题数据 Failing rows as CSV (UTF-8 with BOM, for Excel)");
        app.MapGet("/api/v1/departments/{id:long}/quality", Department).WithTags("governance").WithSummary("部门数据质量 A department's resources ranked by quality");
        app.MapGet("/api/v1/quality/ranking", Ranking).WithTags("governance").WithSummary("数据质量排行 Departments ranked by the quality of their data (?level=province for 省直部门)");
        app.MapGet("/api/v1/governance/rules", Rules).WithTags("governance").WithSummary("规则库 The standardisation and validation rules items can carry");
        app.MapGet("/api/v1/governance/data-elements", DataElements).WithTags("governance").WithSummary("数据元标准 Data-element standards and their rules");
    }

    private static async Task<IResult> Get(string code, int? version, ResourceStore resources, QualityService service, HttpContext context, CancellationToken ct)
    {
        if (await CatalogEndpoints.Visible(resources, code, context, ct) is not { } resource)
        {
            return ResourceNotFound(code, context);
        }
        return await service.ReportAsync(resource, version, ct) is { } report
            ? TypedResults.Ok(QualityBody.From(report, Lang.IsEnglish(context)))
            : NoVersion(code, version, context);
    }

    private static async Task<IResult> History(string code, ResourceStore resources, QualityService service, HttpContext context, CancellationToken ct)
    {
        if (await CatalogEndpoints.Visible(resources, code, context, ct) is not { } resource)
        {
            return ResourceNotFound(code, context);
        }
        var history = await service.HistoryAsync(resource, ct);
        return TypedResults.Ok(new QualityHistoryBody(code, [.. history.Select(r => new QualityPointBody(r.Assessment.Version, r.LoadedAt, r.Assessment.Rows,
            r.Scores.Completeness, r.Scores.Validity, r.Scores.Uniqueness, r.Scores.Consistency, r.Scores.Timeliness, r.Overall))]));
    }

    private static async Task<IResult> Assess(string code, int? version, ResourceStore resources, DatasetStore datasets, QualityService service,
        HttpContext context, CancellationToken ct)
    {
        if (await resources.FindAsync(code, ct) is not { } resource)
        {
            return ResourceNotFound(code, context);
        }
        if (await datasets.FindVersionAsync(code, version, ct) is not { } v)
        {
            return NoVersion(code, version, context);
        }
        await service.AssessAsync(resource, v, ct);
        return TypedResults.Ok(QualityBody.From((await service.ReportAsync(resource, v.Version, ct))!, Lang.IsEnglish(context)));
    }

    private static async Task<IResult> Failures(string code, int? version, int? rule, int? limit, int? offset, ResourceStore resources, DatasetStore datasets,
        QualityService service, DataPlane plane, HttpContext context, CancellationToken ct)
    {
        var found = await FailuresSourceAsync(code, version, resources, datasets, service, context, ct);
        if (found.Problem is not null)
        {
            return found.Problem;
        }
        return TypedResults.Ok(QualityService.Failures(plane, found.Version!, found.Report!.Assessment, rule, limit ?? 100, offset ?? 0, Lang.IsEnglish(context)));
    }

    private static async Task<IResult> Export(string code, int? version, int? rule, ResourceStore resources, DatasetStore datasets,
        QualityService service, DataPlane plane, HttpContext context, CancellationToken ct)
    {
        var found = await FailuresSourceAsync(code, version, resources, datasets, service, context, ct);
        if (found.Problem is not null)
        {
            return found.Problem;
        }
        var page = QualityService.Failures(plane, found.Version!, found.Report!.Assessment, rule, 10_000, 0, Lang.IsEnglish(context));
        var csv = new StringBuilder();
        csv.AppendJoin(',', page.Columns.Select(Cell)).Append("\r\n");
        foreach (var row in page.Rows)
        {
            csv.AppendJoin(',', row.Select(v => Cell(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))).Append("\r\n");
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"{code}-v{found.Version!.Version}-failures.csv");
    }

    /// <summary>A CSV cell, quoted when needed and neutralised against formula injection as every export is.</summary>
    private static string Cell(string value)
    {
        var safe = Ingest.Export.FormulaGuard.Neutralise(value);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static async Task<(IResult? Problem, DatasetVersion? Version, QualityReport? Report)> FailuresSourceAsync(string code, int? version,
        ResourceStore resources, DatasetStore datasets, QualityService service, HttpContext context, CancellationToken ct)
    {
        if (await DataEndpoints.Readable(code, resources, context, ct) is not { } resource)
        {
            return (ResourceNotFound(code, context), null, null);
        }
        if (await datasets.FindVersionAsync(code, version, ct) is not { } v || await service.ReportAsync(resource, v.Version, ct) is not { } report)
        {
            return (NoVersion(code, version, context), null, null);
        }
        return (null, v, report);
    }

    private static async Task<IResult> Department(long id, QualityService service, HttpContext context, CancellationToken ct) =>
        await service.DepartmentAsync(id, ct) is { } quality
            ? TypedResults.Ok(quality)
            : ProblemWriter.ToResult(Problem.NotFound($"部门 {id} 不存在", $"No department {id}"), context);

    private static async Task<IResult> Ranking(string? level, QualityService service, HttpContext context, CancellationToken ct)
    {
        DepartmentLevel? wanted = null;
        if (!string.IsNullOrEmpty(level) && !string.Equals(level, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (!Labels.TryParse<DepartmentLevel>(level, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("level", "invalid_value", "level 应为 province、city、county 或 all",
                    "level must be province, city, county or all")]), context);
            }
            wanted = parsed;
        }
        return TypedResults.Ok(await service.RankingAsync(wanted, ct));
    }

    private static IResult Rules(HttpContext context)
    {
        var english = Lang.IsEnglish(context);
        return TypedResults.Ok(RuleLibrary.All.Select(r => new RuleBody(r.Code, r.Kind, r.Label.In(english))).ToList());
    }

    private static IResult DataElements() => TypedResults.Ok(DataElementStandards.All);

    private static IResult ResourceNotFound(string code, HttpContext context) =>
        ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”不存在或无权读取", $"No resource \"{code}\", or it is not readable for you"), context);

    private static IResult NoVersion(string code, int? version, HttpContext context) =>
        ProblemWriter.ToResult(version is null
            ? Problem.NotFound($"信息资源“{code}”还没有数据", $"The resource \"{code}\" has no data yet")
            : Problem.NotFound($"信息资源“{code}”没有第 {version} 个数据版本", $"The resource \"{code}\" has no data version {version}"), context);
}
