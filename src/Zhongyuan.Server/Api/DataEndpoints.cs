using System.Security.Claims;
using System.Text.Json;
using Zhongyuan.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Ingest;
using Zhongyuan.Problems;
using Zhongyuan.Server.Sharing;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Data collection: upload a source into a resource (a background load job), follow the job, list the
/// versions it produced. Loading needs <c>data:write</c>; reading data is in <c>DataEndpoints.Rows</c>.
/// </summary>
internal static partial class DataEndpoints
{
    public static void MapData(this IEndpointRouteBuilder app)
    {
        var resources = app.MapGroup("/api/v1/resources/{code}").WithTags("data");
        resources.MapPost("/data", Upload).RequireAuthorization(Scopes.DataWrite)
            .WithSummary("上传数据 Upload a file into the resource: starts a load job (multipart/form-data, or the raw file with ?filename=)");
        resources.MapGet("/data/versions", Versions).WithSummary("数据版本 Dataset versions");
        resources.MapGet("/data/versions/{version:int}", Version).WithSummary("某一数据版本 One dataset version");
        resources.MapGet("/data/versions/{version:int}/rejects", Rejects).RequireAuthorization(Scopes.DataWrite).WithSummary("拒绝报告 The reject report of a version (CSV)");
        resources.MapGet("/data/diff", Diff).WithSummary("版本差异 Row counts per change type between two versions");
        resources.MapGet("/jobs", ResourceJobs).RequireAuthorization(Scopes.DataWrite).WithSummary("加载任务 Load jobs of the resource");
        app.MapGet("/api/v1/jobs/{id}", Job).RequireAuthorization(Scopes.DataWrite).WithTags("data").WithSummary("加载任务进度 A load job and its progress");
        app.MapGet("/api/v1/jobs/{id}/rejects", JobRejects).RequireAuthorization(Scopes.DataWrite).WithTags("data").WithSummary("任务的拒绝报告 The reject report of a job (also of a failed one)");
        MapRows(resources);
        app.MapPull();
    }

    private static async Task<IResult> Upload(string code, HttpContext context, [FromServices] ResourceStore resources, [FromServices] DataPlane plane,
        [FromServices] LoadJobRunner runner, [FromServices] TimeProvider time, string? mode, double? maxRejectRatio, string? sheet, string? filename,
        [FromQuery] string[]? map, CancellationToken ct)
    {
        var resource = await resources.FindAsync(code, ct);
        if (resource is null)
        {
            return ResourceNotFound(code, context);
        }
        if (resource.Status == ResourceStatus.Retired)
        {
            return ProblemWriter.ToResult(Problem.Conflict("已停用的信息资源不能加载数据", "A retired resource cannot take new data"), context);
        }
        var options = ParseOptions(mode, maxRejectRatio, map);
        if (options.Problem is { } problem)
        {
            return ProblemWriter.ToResult(problem, context);
        }
        var jobId = Guid.NewGuid().ToString("N");
        var upload = await UploadReader.SaveAsync(context, plane.StagingFor(jobId), filename, ct);
        if (upload is null)
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("file", "file_required",
                "请以 multipart/form-data 上传一个文件，或直接上传文件内容并用 ?filename= 给出文件名",
                "Send one file as multipart/form-data, or the raw file with ?filename=")]), context);
        }
        var request = new LoadRequest(jobId, resource, upload.Value.Path, upload.Value.Name, options.Mode, context.User.Identity?.Name ?? "anonymous")
        {
            MaxRejectRatio = options.Ratio, Sheet = sheet, Mapping = options.Mapping,
        };
        var job = await runner.EnqueueAsync(request, ct);
        return TypedResults.Accepted($"/api/v1/jobs/{jobId}", JobBody.From(job, Lang.IsEnglish(context), time.GetUtcNow()));
    }

    private static (LoadMode Mode, double Ratio, IReadOnlyDictionary<string, string>? Mapping, Problem? Problem) ParseOptions(string? mode, double? ratio, string[]? map)
    {
        var loadMode = LoadMode.Full;
        if (mode is not null && !Localization.Labels.TryParse(mode, out loadMode))
        {
            return (default, 0, null, Problem.Invalid([FieldError.Of("mode", "invalid_value", "加载方式应为 full（全量）或 incremental（增量）", "mode must be full or incremental")]));
        }
        if (ratio is < 0 or > 1)
        {
            return (default, 0, null, Problem.Invalid([FieldError.Of("maxRejectRatio", "invalid_value", "拒绝行比例上限应在 0 到 1 之间，例如 0.05", "maxRejectRatio must be between 0 and 1, e.g. 0.05")]));
        }
        Dictionary<string, string>? mapping = null;
        foreach (var pair in map ?? [])
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                return (default, 0, null, Problem.Invalid([FieldError.Of("map", "invalid_value", "列映射应写成 信息项=文件列名", "A mapping is written item=column")]));
            }
            (mapping ??= new Dictionary<string, string>(StringComparer.Ordinal))[parts[0].Trim()] = parts[1].Trim();
        }
        return (loadMode, ratio ?? LoadRequest.DefaultMaxRejectRatio, mapping, null);
    }

    private static async Task<Results<Ok<JobBody>, ProblemHttpResult>> Job(string id, LoadJobRunner runner, HttpContext context, TimeProvider time, CancellationToken ct) =>
        await runner.FindAsync(id, ct) is { } job
            ? TypedResults.Ok(JobBody.From(job, Lang.IsEnglish(context), time.GetUtcNow()))
            : ProblemWriter.ToResult(Problem.NotFound($"加载任务 {id} 不存在", $"No load job has the id {id}"), context);

    private static async Task<Ok<IReadOnlyList<JobBody>>> ResourceJobs(string code, DatasetStore store, HttpContext context, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<JobBody>>([.. (await store.JobsAsync(code, 50, ct)).Select(j => JobBody.From(j, Lang.IsEnglish(context), time.GetUtcNow()))]);

    private static async Task<IResult> JobRejects(string id, LoadJobRunner runner, DataPlane plane, HttpContext context, CancellationToken ct)
    {
        var job = await runner.FindAsync(id, ct);
        return job?.Report?.RejectsFile is { } file
            ? TypedResults.PhysicalFile(plane.Full(file), "text/csv; charset=utf-8", $"{job.ResourceCode}-{id}-rejects.csv")
            : ProblemWriter.ToResult(Problem.NotFound("该任务没有拒绝报告", "The job has no reject report"), context);
    }

    private static async Task<Results<Ok<IReadOnlyList<DatasetVersion>>, ProblemHttpResult>> Versions(
        string code, ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct)
    {
        if (await Readable(code, resources, context, ct) is null)
        {
            return ResourceNotFound(code, context);
        }
        var (grant, refusal) = await access.GrantAsync(context, code, AuditActions.RowsQuery, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        var versions = await store.VersionsAsync(code, ct);
        return TypedResults.Ok<IReadOnlyList<DatasetVersion>>(grant is null ? versions : [.. versions.Select(WithoutProfile)]);
    }

    private static async Task<Results<Ok<DatasetVersion>, ProblemHttpResult>> Version(
        string code, int version, ResourceStore resources, DatasetStore store, GrantAccess access, HttpContext context, CancellationToken ct)
    {
        if (await Readable(code, resources, context, ct) is null || await store.FindVersionAsync(code, version, ct) is not { } found)
        {
            return VersionNotFound(code, version, context);
        }
        var (grant, refusal) = await access.GrantAsync(context, code, AuditActions.RowsQuery, ct);
        return refusal is not null ? refusal : TypedResults.Ok(grant is null ? found : WithoutProfile(found));
    }

    /// <summary>A version without its stored profile, which describes raw values (an application reads <c>data/profile</c> of its view instead).</summary>
    private static DatasetVersion WithoutProfile(DatasetVersion v) => v with { Profile = EmptyProfile };

    private static readonly JsonElement EmptyProfile = JsonDocument.Parse("[]").RootElement;

    private static async Task<IResult> Rejects(string code, int version, DatasetStore store, DataPlane plane, HttpContext context, CancellationToken ct) =>
        await store.FindVersionAsync(code, version, ct) is { RejectsFile: { } file }
            ? TypedResults.PhysicalFile(plane.Full(file), "text/csv; charset=utf-8", $"{code}-v{version}-rejects.csv")
            : ProblemWriter.ToResult(Problem.NotFound("该版本没有被拒绝的行", "The version has no rejected rows"), context);

    private static async Task<Results<Ok<VersionDiff>, ProblemHttpResult>> Diff(
        string code, int from, int to, ResourceStore resources, DatasetStore store, DataPlane plane, GrantAccess access, HttpContext context, CancellationToken ct)
    {
        if (await Readable(code, resources, context, ct) is null)
        {
            return ResourceNotFound(code, context);
        }
        var (grant, refusal) = await access.GrantAsync(context, code, AuditActions.RowsQuery, ct);
        if (refusal is not null)
        {
            return refusal;
        }
        if (grant?.RowFilter is not null)
        {
            // Counts over whole versions would describe rows outside the grant's scope.
            access.Record(context, code, grant, AuditActions.RowsQuery, "diff under a row-scoped grant");
            return SharingProblems.DiffNeedsWholeRows(context, code);
        }
        var older = await store.FindVersionAsync(code, from, ct);
        var newer = await store.FindVersionAsync(code, to, ct);
        if (older is null || newer is null)
        {
            return VersionNotFound(code, older is null ? from : to, context);
        }
        var counts = VersionDiffer.Diff(plane.Full(older.File), plane.Full(newer.File), newer.Columns);
        if (grant is not null)
        {
            access.Record(context, code, grant, AuditActions.RowsQuery, "diff", AuditOutcome.Ok);
        }
        return TypedResults.Ok(new VersionDiff(from, to, older.RowCount, newer.RowCount, counts.Inserted, counts.Updated, counts.Deleted));
    }

    /// <summary>
    /// The resource when the caller may read its data: open data for anyone; otherwise a caller with <c>data:read</c> that
    /// is an application (its grant then decides, see <see cref="GrantAccess"/>), a platform administrator
    /// (<c>admin</c>), or a user of the providing department. Users of other departments read another department's data
    /// only through one of their applications holding a grant: a grant is to an application, not to a person.
    /// </summary>
    internal static async Task<Resource?> Readable(string code, ResourceStore resources, HttpContext context, CancellationToken ct)
    {
        var resource = await resources.FindAsync(code, ct);
        return resource is not null && (CanReadData(context.User, resource) || IsOpenData(resource)) ? resource : null;
    }

    private static bool IsOpenData(Resource r) => r.Status == ResourceStatus.Published && r.Metadata.OpenType == OpenType.Unconditional;

    private static bool CanReadData(ClaimsPrincipal user, Resource resource) =>
        user.HasScope(Scopes.DataRead) && (user.ApplicationId() is not null || user.HasScope(Scopes.Admin) || user.DepartmentId() == resource.Provider.Id);

    private static ProblemHttpResult ResourceNotFound(string code, HttpContext context) =>
        ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”不存在或无权读取其数据", $"No resource \"{code}\", or its data is not readable for you"), context);

    private static ProblemHttpResult VersionNotFound(string code, int version, HttpContext context) =>
        ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”没有第 {version} 个数据版本", $"The resource \"{code}\" has no data version {version}"), context);
}
