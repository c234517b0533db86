using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Community;
using Zhongyuan.Identity;
using Zhongyuan.Localization;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Interaction and feedback (互动反馈): the showcase of uses (成果展示), data requests (数据需求), ratings and comments.
/// Reads of public things are anonymous; every write needs a signed-in caller (session or token) and is audited;
/// moderation and hiding need the <c>admin</c> scope; a data request is answered by the asked department's data steward
/// or an administrator.
/// </summary>
internal static partial class CommunityEndpoints
{
    public static void MapCommunity(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("community");
        api.MapGet("/showcase", ListShowcase).WithSummary("成果展示 Showcase entries: approved ones for anyone; status=pending|rejected for admins; mine=true");
        api.MapGet("/showcase/{id:long}", GetShowcase).WithSummary("成果 A showcase entry (approved, or the caller's own, or any for admins)");
        api.MapPost("/showcase", Submit).RequireAuthorization().WithSummary("提交成果 Submit an app or analysis built on the data (moderated)");
        api.MapPost("/showcase/{id:long}/moderate", Moderate).RequireAuthorization(Scopes.Admin)
            .WithSummary("审核成果 Approve or reject a pending entry (admin)");
        MapRequests(api);
        MapFeedback(api);
    }

    private static async Task<Results<Ok<ListBody<ShowcaseBody>>, ProblemHttpResult>> ListShowcase(string? resource, string? status, bool? mine,
        int? limit, int? offset, [FromServices] ShowcaseService service, HttpContext context, CancellationToken ct)
    {
        ModerationStatus? wanted = null;
        if (status is not null)
        {
            if (!Labels.TryParse<ModerationStatus>(status, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("status", "invalid_value",
                    "状态取值应为 pending、approved 或 rejected", "status must be pending, approved or rejected")]), context);
            }
            wanted = parsed;
        }
        var query = new ShowcaseQuery
        {
            Status = wanted, ResourceCode = resource, Limit = Math.Clamp(limit ?? 50, 1, 200), Offset = Math.Max(offset ?? 0, 0),
        };
        var outcome = await service.ListAsync(query, mine == true, Actor(context.User), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        var english = Lang.IsEnglish(context);
        return TypedResults.Ok(new ListBody<ShowcaseBody>([.. outcome.Value.Items.Select(e => ShowcaseBody.From(e, english))],
            outcome.Value.Total, query.Limit, query.Offset));
    }

    private static async Task<Results<Ok<ShowcaseBody>, ProblemHttpResult>> GetShowcase(long id, [FromServices] ShowcaseService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.FindAsync(id, Actor(context.User), ct), context, ShowcaseBody.From);

    private static async Task<Results<Created<ShowcaseBody>, ProblemHttpResult>> Submit(ShowcaseRequest body, [FromServices] ShowcaseService service,
        [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.SubmitAsync(new NewShowcaseEntry(body.Title, body.Kind, body.Description, body.Url, body.ResourceCodes),
            Caller(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        Audit(audit, context, CommunityAuditActions.ShowcaseSubmit, $"showcase {outcome.Value.Id}: {outcome.Value.Title}", outcome.Value.ResourceCodes[0]);
        return TypedResults.Created($"/api/v1/showcase/{outcome.Value.Id}", ShowcaseBody.From(outcome.Value, Lang.IsEnglish(context)));
    }

    private static async Task<Results<Ok<ShowcaseBody>, ProblemHttpResult>> Moderate(long id, ModerateRequest body,
        [FromServices] ShowcaseService service, [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        if (body.Decision is not ("approve" or "reject"))
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("decision", "invalid_value",
                "审核结果应为 approve 或 reject", "decision must be approve or reject")]), context);
        }
        var outcome = await service.ModerateAsync(id, body.Decision == "approve", body.Reason, Caller(context), ct);
        if (outcome.Succeeded)
        {
            Audit(audit, context, CommunityAuditActions.ShowcaseModerate, $"showcase {id}: {outcome.Value.Status} {outcome.Value.ModerationReason}".TrimEnd());
        }
        return Answer(outcome, context, ShowcaseBody.From);
    }

    private static Results<Ok<TBody>, ProblemHttpResult> Answer<T, TBody>(Outcome<T> outcome, HttpContext context, Func<T, bool, TBody> map) =>
        outcome.Succeeded ? TypedResults.Ok(map(outcome.Value!, Lang.IsEnglish(context))) : ProblemWriter.ToResult(outcome.Problem, context);

    /// <summary>The caller as the community rules see it, or null when anonymous.</summary>
    internal static CommunityActor? Actor(ClaimsPrincipal user) => user.UserId() is { } id
        ? new CommunityActor(id, user.Identity?.Name ?? "", user.DepartmentId(), user.HasScope(Scopes.Admin), user.HasScope(Scopes.DataWrite))
        : null;

    /// <summary>The caller of an endpoint that requires authorization, so always known.</summary>
    private static CommunityActor Caller(HttpContext context) =>
        Actor(context.User) ?? throw new InvalidOperationException("An authenticated caller has no user id.");

    private static void Audit(AuditLog audit, HttpContext context, string action, string detail, string? resourceCode = null)
    {
        var user = context.User;
        audit.Append(new AuditEvent
        {
            Action = action, Detail = detail, UserId = user.UserId(), Username = user.Identity?.Name, Role = user.FindFirstValue(ClaimTypes.Role),
            DepartmentId = user.DepartmentId(), Ip = context.Connection.RemoteIpAddress?.ToString(), ResourceCode = resourceCode,
        });
    }
}
