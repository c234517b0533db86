using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Localization;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Grants (授权): listed and read by the consuming and providing departments (an application reads its own); suspended,
/// resumed, revoked, renewed and re-quota'd by the provider's data stewards or administrators.
/// </summary>
internal static class GrantEndpoints
{
    public static void MapGrants(this RouteGroupBuilder api)
    {
        api.MapGet("/grants", List).WithSummary("授权列表 Grants where the department consumes or provides (filters: application, resource, department, status)");
        api.MapGet("/grants/{id:long}", Get).WithSummary("授权 A grant with its history");
        api.MapPost("/grants/{id:long}/suspend", Suspend).WithSummary("暂停授权 Suspend a grant");
        api.MapPost("/grants/{id:long}/resume", Resume).WithSummary("恢复授权 Resume a suspended grant");
        api.MapPost("/grants/{id:long}/revoke", Revoke).WithSummary("撤销授权 Revoke a grant for good (reason required)");
        api.MapPost("/grants/{id:long}/renew", Renew).WithSummary("续期授权 Give a grant a new end");
        api.MapPut("/grants/{id:long}/quota", Quota).WithSummary("调整每日配额 Set or remove the daily quota");
    }

    private static async Task<Results<Ok<SharingPageBody<Grant>>, ProblemHttpResult>> List(long? application, string? resource, long? department,
        string? status, int? limit, int? offset, [FromServices] GrantService service, HttpContext context, CancellationToken ct)
    {
        GrantStatus? wanted = null;
        if (status is not null)
        {
            if (!Labels.TryParse<GrantStatus>(status, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([Catalog.FieldError.Of("status", "invalid_value",
                    "status 取值应为 active、suspended 或 revoked", "status must be active, suspended or revoked")]), context);
            }
            wanted = parsed;
        }
        var query = new GrantQuery
        {
            ApplicationId = application, ResourceCode = resource, DepartmentId = department, Status = wanted,
            Limit = Math.Clamp(limit ?? 100, 1, 500), Offset = Math.Max(offset ?? 0, 0),
        };
        var outcome = await service.ListAsync(query, SharingCaller.Actor(context), ct);
        return outcome.Succeeded
            ? TypedResults.Ok(new SharingPageBody<Grant>(outcome.Value.Items, outcome.Value.Total, query.Limit, query.Offset))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<GrantDetail>, ProblemHttpResult>> Get(long id, [FromServices] GrantService service, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.FindAsync(id, SharingCaller.Actor(context), ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<Grant>, ProblemHttpResult>> Suspend(long id, GrantChangeRequest? body, [FromServices] GrantService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.SuspendAsync(id, body?.Note ?? body?.Reason, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<Grant>, ProblemHttpResult>> Resume(long id, GrantChangeRequest? body, [FromServices] GrantService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.ResumeAsync(id, body?.Note ?? body?.Reason, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<Grant>, ProblemHttpResult>> Revoke(long id, GrantChangeRequest? body, [FromServices] GrantService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.RevokeAsync(id, body?.Reason ?? body?.Note, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<Grant>, ProblemHttpResult>> Renew(long id, GrantChangeRequest? body, [FromServices] GrantService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.RenewAsync(id, body?.EndsAt, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<Grant>, ProblemHttpResult>> Quota(long id, GrantChangeRequest? body, [FromServices] GrantService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.SetQuotaAsync(id, body?.DailyQuota, SharingCaller.Actor(context), ct), context);

    private static Results<Ok<Grant>, ProblemHttpResult> Answer(Outcome<Grant> outcome, HttpContext context) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
}
