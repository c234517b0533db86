using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Catalog;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Correction tickets (数据纠错). Any valid token may file a ticket on a published resource and follow its own tickets;
/// the providing department's members see the department's tickets; its data stewards (<c>data:write</c>) and
/// administrators accept, reject and re-date them. The reports return numbers for charts.
/// </summary>
internal static class TicketEndpoints
{
    public static void MapTickets(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("governance").RequireAuthorization();
        api.MapPost("/resources/{code}/tickets", Create).WithSummary("提交数据纠错 File a correction ticket on a published resource");
        api.MapGet("/resources/{code}/tickets", ForResource)
            .WithSummary("资源的纠错单 A resource's tickets (all for its provider and administrators, else the caller's own)");
        api.MapGet("/tickets", List).WithSummary("纠错单列表 Tickets: a department's (members, admin), the caller's own (mine=true), overdue ones");
        api.MapGet("/tickets/stats", Stats).WithSummary("全省纠错办理统计 Per department: open, overdue, accepted, rejected, median hours to close");
        api.MapGet("/tickets/{id:long}", Get).WithSummary("纠错单 A ticket with its history");
        api.MapPost("/tickets/{id:long}/accept", Accept).WithSummary("采纳纠错 Accept, naming the data version with the fix");
        api.MapPost("/tickets/{id:long}/reject", Reject).WithSummary("驳回纠错 Reject with a reason");
        api.MapPut("/tickets/{id:long}/deadline", Deadline).WithSummary("调整处理期限 Move the deadline");
        api.MapPost("/tickets/{id:long}/reopen", Reopen).WithSummary("重新打开 Reopen a closed ticket with a fresh deadline");
        api.MapGet("/departments/{id:long}/tickets/stats", DepartmentStats).WithSummary("部门纠错办理统计 One department's ticket figures");
    }

    private static async Task<Results<Created<TicketBody>, ProblemHttpResult>> Create(string code, CreateTicketRequest body,
        [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var request = new NewTicket(code, body.SeenVersion, body.RowId, body.RecordKey, body.Item, body.Reason, body.ProposedValue);
        var outcome = await service.CreateAsync(request, Actor(context), ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/tickets/{outcome.Value.Id}", TicketBody.From(outcome.Value, time.GetUtcNow(), Lang.IsEnglish(context)))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static Task<Results<Ok<TicketPageBody>, ProblemHttpResult>> ForResource(string code, string? status, int? limit, int? offset,
        [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct) =>
        PageAsync(new TicketQuery { ResourceCode = code }, status, limit, offset, service, time, context, ct);

    private static Task<Results<Ok<TicketPageBody>, ProblemHttpResult>> List(long? department, string? status, bool? overdue, bool? mine,
        int? limit, int? offset, [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var query = new TicketQuery
        {
            ProviderId = department, OverdueOnly = overdue == true, ReporterId = mine == true ? Actor(context).UserId : null,
        };
        return PageAsync(query, status, limit, offset, service, time, context, ct);
    }

    private static async Task<Results<Ok<TicketDetailBody>, ProblemHttpResult>> Get(long id, [FromServices] TicketService service,
        [FromServices] TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.FindAsync(id, Actor(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        var english = Lang.IsEnglish(context);
        return TypedResults.Ok(new TicketDetailBody(TicketBody.From(outcome.Value.Ticket, time.GetUtcNow(), english),
            [.. outcome.Value.Events.Select(e => TicketEventBody.From(e, english))]));
    }

    private static async Task<Results<Ok<TicketBody>, ProblemHttpResult>> Accept(long id, AcceptTicketRequest body,
        [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct) =>
        Answer(await service.AcceptAsync(id, body.FixedInVersion, body.Note, Actor(context), ct), time, context);

    private static async Task<Results<Ok<TicketBody>, ProblemHttpResult>> Reject(long id, RejectTicketRequest body,
        [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct) =>
        Answer(await service.RejectAsync(id, body.Reason, Actor(context), ct), time, context);

    private static async Task<Results<Ok<TicketBody>, ProblemHttpResult>> Deadline(long id, TicketDeadlineRequest body,
        [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct) =>
        Answer(await service.ChangeDeadlineAsync(id, body.Deadline, Actor(context), ct), time, context);

    private static async Task<Results<Ok<TicketBody>, ProblemHttpResult>> Reopen(long id, ReopenTicketRequest? body,
        [FromServices] TicketService service, [FromServices] TimeProvider time, HttpContext context, CancellationToken ct) =>
        Answer(await service.ReopenAsync(id, body?.Note, Actor(context), ct), time, context);

    private static async Task<Ok<IReadOnlyList<TicketStats>>> Stats([FromServices] TicketService service, CancellationToken ct) =>
        TypedResults.Ok(await service.StatsAsync(ct));

    private static async Task<Results<Ok<TicketStats>, ProblemHttpResult>> DepartmentStats(long id, [FromServices] TicketService service,
        HttpContext context, CancellationToken ct) =>
        await service.DepartmentStatsAsync(id, ct) is { } stats
            ? TypedResults.Ok(stats)
            : ProblemWriter.ToResult(Problem.NotFound($"部门 {id} 不存在", $"No department has the id {id}"), context);

    private static async Task<Results<Ok<TicketPageBody>, ProblemHttpResult>> PageAsync(TicketQuery query, string? status, int? limit,
        int? offset, TicketService service, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        TicketStatus? wanted = null;
        if (status is not null)
        {
            if (!Localization.Labels.TryParse<TicketStatus>(status, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("status", "invalid_value",
                    "状态取值应为 open、accepted 或 rejected", "status must be open, accepted or rejected")]), context);
            }
            wanted = parsed;
        }
        var paged = query with { Status = wanted, Limit = Math.Clamp(limit ?? 50, 1, 500), Offset = Math.Max(offset ?? 0, 0) };
        var outcome = await service.ListAsync(paged, Actor(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        var (now, english) = (time.GetUtcNow(), Lang.IsEnglish(context));
        return TypedResults.Ok(new TicketPageBody([.. outcome.Value.Items.Select(t => TicketBody.From(t, now, english))],
            outcome.Value.Total, paged.Limit, paged.Offset));
    }

    private static Results<Ok<TicketBody>, ProblemHttpResult> Answer(Outcome<Ticket> outcome, TimeProvider time, HttpContext context) =>
        outcome.Succeeded
            ? TypedResults.Ok(TicketBody.From(outcome.Value, time.GetUtcNow(), Lang.IsEnglish(context)))
            : ProblemWriter.ToResult(outcome.Problem, context);

    /// <summary>The caller; every ticket endpoint requires a token, so the user id is always there.</summary>
    private static TicketActor Actor(HttpContext context)
    {
        var user = context.User;
        var id = user.UserId() ?? throw new InvalidOperationException("An authenticated caller has no user id.");
        return new TicketActor(id, user.Identity?.Name ?? "", user.DepartmentId(), user.HasScope(Scopes.Admin), user.HasScope(Scopes.DataWrite));
    }
}
