using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Community;
using Zhongyuan.Localization;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

internal static partial class CommunityEndpoints
{
    private static void MapRequests(RouteGroupBuilder api)
    {
        api.MapGet("/data-requests", ListRequests).WithSummary("数据需求 Data requests and their answers (public), newest first");
        api.MapGet("/data-requests/{id:long}", GetRequest).WithSummary("数据需求详情 A data request with its answer and handling hours");
        api.MapPost("/data-requests", CreateRequest).RequireAuthorization().WithSummary("提出数据需求 Ask for data that is not open");
        api.MapPost("/data-requests/{id:long}/answer", AnswerRequest).RequireAuthorization()
            .WithSummary("答复数据需求 Answer: answered, willOpen or refused (the asked department's steward or admin)");
    }

    private static async Task<Results<Ok<ListBody<DataRequestBody>>, ProblemHttpResult>> ListRequests(string? status, long? department,
        int? limit, int? offset, [FromServices] DataRequestService service, HttpContext context, CancellationToken ct)
    {
        DataRequestStatus? wanted = null;
        if (status is not null)
        {
            if (!Labels.TryParse<DataRequestStatus>(status, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("status", "invalid_value",
                    "状态取值应为 open、answered、willOpen 或 refused", "status must be open, answered, willOpen or refused")]), context);
            }
            wanted = parsed;
        }
        var query = new DataRequestQuery
        {
            Status = wanted, DepartmentId = department, Limit = Math.Clamp(limit ?? 50, 1, 200), Offset = Math.Max(offset ?? 0, 0),
        };
        var page = await service.ListAsync(query, ct);
        var english = Lang.IsEnglish(context);
        return TypedResults.Ok(new ListBody<DataRequestBody>([.. page.Items.Select(r => DataRequestBody.From(r, english))], page.Total,
            query.Limit, query.Offset));
    }

    private static async Task<Results<Ok<DataRequestBody>, ProblemHttpResult>> GetRequest(long id, [FromServices] DataRequestService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.FindAsync(id, ct), context, DataRequestBody.From);

    private static async Task<Results<Created<DataRequestBody>, ProblemHttpResult>> CreateRequest(DataRequestCreate body,
        [FromServices] DataRequestService service, [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.CreateAsync(new NewDataRequest(body.Title, body.Description, body.DepartmentId, body.Purpose), Caller(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        Audit(audit, context, CommunityAuditActions.DataRequestCreate, $"data request {outcome.Value.Id}: {outcome.Value.Title}");
        return TypedResults.Created($"/api/v1/data-requests/{outcome.Value.Id}", DataRequestBody.From(outcome.Value, Lang.IsEnglish(context)));
    }

    private static async Task<Results<Ok<DataRequestBody>, ProblemHttpResult>> AnswerRequest(long id, DataRequestAnswer body,
        [FromServices] DataRequestService service, [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.AnswerAsync(id, body.Status, body.Answer, Caller(context), ct);
        if (outcome.Succeeded)
        {
            Audit(audit, context, CommunityAuditActions.DataRequestAnswer, $"data request {id}: {outcome.Value.Status}");
        }
        return Answer(outcome, context, DataRequestBody.From);
    }
}
