using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Catalog;
using Zhongyuan.Localization;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Sharing (共享): applications, share requests and grants, all under <c>/api/v1</c> with the tag <c>sharing</c>. Every
/// endpoint needs a token; who may do what is decided by the sharing services (the department, <c>data:write</c>,
/// <c>admin</c>). This class holds the share requests; <see cref="ApplicationEndpoints"/> and <see cref="GrantEndpoints"/> the rest.
/// </summary>
internal static class SharingEndpoints
{
    public static void MapSharing(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("sharing").RequireAuthorization();
        api.MapApplications();
        api.MapPost("/resources/{code}/share-requests", Create)
            .WithSummary("申请共享 Request a resource for one of the department's applications (无条件共享 is granted at once)");
        api.MapGet("/share-requests", List)
            .WithSummary("共享申请列表 Requests the department filed (role=consumer) or answers (role=provider); overdue=true for those past the deadline");
        api.MapGet("/share-requests/{id:long}", Get).WithSummary("共享申请 A share request");
        api.MapPost("/share-requests/{id:long}/approve", Approve).WithSummary("批准共享申请 Approve, possibly narrowing items, rows and period; creates the grant");
        api.MapPost("/share-requests/{id:long}/refuse", Refuse).WithSummary("拒绝共享申请 Refuse with a reason");
        api.MapGrants();
    }

    private static async Task<Results<Created<ShareRequest>, ProblemHttpResult>> Create(string code, SharingRequestCreate body,
        [FromServices] ShareRequestService service, HttpContext context, CancellationToken ct)
    {
        var request = new NewShareRequest(code, body.ApplicationId, body.Purpose, body.LegalBasis, body.Items, body.RowFilter, body.StartsAt, body.EndsAt,
            body.ExpectedVolume, body.Complex ?? false);
        var outcome = await service.CreateAsync(request, SharingCaller.Actor(context), ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/share-requests/{outcome.Value.Id}", outcome.Value)
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<SharingPageBody<ShareRequest>>, ProblemHttpResult>> List(string? role, string? status, bool? overdue,
        int? limit, int? offset, [FromServices] ShareRequestService service, HttpContext context, CancellationToken ct)
    {
        ShareRequestRole? side = null;
        if (role is not null)
        {
            if (!Enum.TryParse<ShareRequestRole>(role, ignoreCase: true, out var parsedRole) || !Enum.IsDefined(parsedRole))
            {
                return Invalid("role", "role 取值应为 consumer 或 provider", "role must be consumer or provider", context);
            }
            side = parsedRole;
        }
        ShareRequestStatus? wanted = null;
        if (status is not null)
        {
            if (!Labels.TryParse<ShareRequestStatus>(status, out var parsedStatus))
            {
                return Invalid("status", "status 取值应为 pending、approved 或 refused", "status must be pending, approved or refused", context);
            }
            wanted = parsedStatus;
        }
        var query = new ShareRequestQuery { Status = wanted, OverdueOnly = overdue == true, Limit = Math.Clamp(limit ?? 50, 1, 500), Offset = Math.Max(offset ?? 0, 0) };
        var outcome = await service.ListAsync(side, query, SharingCaller.Actor(context), ct);
        return outcome.Succeeded
            ? TypedResults.Ok(new SharingPageBody<ShareRequest>(outcome.Value.Items, outcome.Value.Total, query.Limit, query.Offset))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<ShareRequest>, ProblemHttpResult>> Get(long id, [FromServices] ShareRequestService service,
        HttpContext context, CancellationToken ct)
    {
        var outcome = await service.FindAsync(id, SharingCaller.Actor(context), ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<SharingApprovalBody>, ProblemHttpResult>> Approve(long id, SharingApproveRequest? body,
        [FromServices] ShareRequestService service, HttpContext context, CancellationToken ct)
    {
        var approval = new ShareApproval(body?.Items, body?.RowFilter, body?.Masking, body?.StartsAt, body?.EndsAt, body?.DailyQuota, body?.Note);
        var outcome = await service.ApproveAsync(id, approval, SharingCaller.Actor(context), ct);
        return outcome.Succeeded
            ? TypedResults.Ok(new SharingApprovalBody(outcome.Value.Request, outcome.Value.Grant))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<ShareRequest>, ProblemHttpResult>> Refuse(long id, SharingRefuseRequest body,
        [FromServices] ShareRequestService service, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.RefuseAsync(id, body.Reason, SharingCaller.Actor(context), ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static ProblemHttpResult Invalid(string field, string zh, string en, HttpContext context) =>
        ProblemWriter.ToResult(Problem.Invalid([FieldError.Of(field, "invalid_value", zh, en)]), context);
}
