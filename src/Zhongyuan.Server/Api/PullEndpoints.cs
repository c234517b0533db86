using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Ingest.Pull;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

/// <summary>
/// A resource's pull source (a PostgreSQL query or an HTTP(S) URL): configure, show (secrets masked), remove, and run
/// on demand. Every run is an ordinary load job. All of it needs <c>data:write</c>.
/// </summary>
internal static class PullEndpoints
{
    public static void MapPull(this IEndpointRouteBuilder app)
    {
        var pull = app.MapGroup("/api/v1/resources/{code}/pull").WithTags("data").RequireAuthorization(Scopes.DataWrite);
        pull.MapGet("", Get).WithSummary("拉取数据源 The resource's pull source (secrets masked)");
        pull.MapPut("", Put).WithSummary("配置拉取数据源 Configure the pull source: a PostgreSQL query or an HTTP(S) URL, run on the update cycle");
        pull.MapDelete("", Delete).WithSummary("删除拉取数据源 Remove the pull source");
        pull.MapPost("/run", Run).WithSummary("立即拉取 Fetch now: starts a load job");
    }

    private static async Task<Results<Ok<PullSourceBody>, ProblemHttpResult>> Get(
        string code, [FromServices] ResourceStore resources, [FromServices] PullSourceStore store, HttpContext context, CancellationToken ct)
    {
        var resource = await resources.FindAsync(code, ct);
        return resource is not null && await store.FindAsync(code, ct) is { } source
            ? TypedResults.Ok(PullSourceBody.From(source, resource, Lang.IsEnglish(context)))
            : NoSource(code, context);
    }

    private static async Task<Results<Ok<PullSourceBody>, ProblemHttpResult>> Put(string code, PullSourceRequest body, [FromServices] ResourceStore resources,
        [FromServices] PullSourceStore store, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var resource = await resources.FindAsync(code, ct);
        if (resource is null)
        {
            return ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”不存在", $"No resource \"{code}\""), context);
        }
        if (ParseKind(body.Kind) is not { } kind)
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("kind", "invalid_value", "数据源类型应为 postgres 或 http", "kind must be postgres or http")]), context);
        }
        var candidate = Candidate(body, kind, resource, await store.FindAsync(code, ct), context.User.Identity?.Name ?? "anonymous", time.GetUtcNow());
        var (source, errors) = PullSourceRules.Validate(candidate);
        if (source is null)
        {
            return ProblemWriter.ToResult(Problem.Invalid(errors), context);
        }
        await store.SaveAsync(source, ct);
        return TypedResults.Ok(PullSourceBody.From((await store.FindAsync(code, ct))!, resource, Lang.IsEnglish(context)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(string code, [FromServices] PullSourceStore store, HttpContext context, CancellationToken ct) =>
        await store.DeleteAsync(code, ct) ? TypedResults.NoContent() : NoSource(code, context);

    private static async Task<Results<Accepted<JobBody>, ProblemHttpResult>> Run(string code, [FromServices] ResourceStore resources,
        [FromServices] PullSourceStore store, [FromServices] PullRunner runner, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var resource = await resources.FindAsync(code, ct);
        if (resource is null || await store.FindAsync(code, ct) is not { } source)
        {
            return NoSource(code, context);
        }
        if (resource.Status == ResourceStatus.Retired)
        {
            return ProblemWriter.ToResult(Problem.Conflict("已停用的信息资源不能加载数据", "A retired resource cannot take new data"), context);
        }
        var job = await runner.RunAsync(source, resource, context.User.Identity?.Name ?? "anonymous", ct);
        return TypedResults.Accepted($"/api/v1/jobs/{job.Id}", JobBody.From(job, Lang.IsEnglish(context), time.GetUtcNow()));
    }

    /// <summary>
    /// The source to store. A secret left out — or sent back masked as GET shows it — keeps the stored one, so a
    /// client can change the query without knowing the password. The first scheduled run is one cycle from now.
    /// </summary>
    private static PullSource Candidate(PullSourceRequest body, PullKind kind, Resource resource, PullSource? existing, string actor, DateTimeOffset now)
    {
        var sameKind = existing?.Kind == kind ? existing : null;
        var enabled = body.Enabled ?? true;
        return new PullSource
        {
            ResourceCode = resource.Code, Kind = kind, Query = body.Query, Url = body.Url, HeaderName = body.Header?.Name,
            Connection = Kept(body.Connection, sameKind?.Connection, SourceMask.Mask(sameKind?.Connection)),
            HeaderValue = body.Header is null ? null : Kept(body.Header.Value, sameKind?.HeaderValue, SourceMask.Hidden),
            Enabled = enabled, NextRunAt = enabled ? PullSchedule.NextRun(resource.Metadata.UpdateCycle, now) : null,
            UpdatedBy = actor, UpdatedAt = now,
        };
    }

    private static string? Kept(string? sent, string? stored, string masked) =>
        sent is null || (stored is not null && sent == masked) ? stored : sent;

    private static PullKind? ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "postgres" or "postgresql" => PullKind.Postgres,
        "http" or "https" => PullKind.Http,
        _ => null,
    };

    private static ProblemHttpResult NoSource(string code, HttpContext context) =>
        ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”不存在或没有配置拉取数据源", $"No resource \"{code}\", or it has no pull source"), context);
}
