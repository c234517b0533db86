using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// <c>/api/v1/audit</c>: the audit trail, for the audit administrator (审计管理员) only — any other role gets 403,
/// whatever its scopes, the system administrator included.
/// </summary>
internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("audit").RequireAuthorization(SecurityModule.AuditPolicy);
        group.MapGet("/events", Events).WithSummary("审计事件 Audit events, newest first (filters, paging with before)");
        group.MapGet("/events/export", Export).WithSummary("导出审计事件 Audit events as CSV (UTF-8), oldest first");
        group.MapPost("/verify", Verify).WithSummary("校验审计链 Verify the hash chain and checkpoint signatures");
        group.MapGet("/subjects/{key}", Subject).WithSummary("数据使用透明 Who received records about a resident ID or credit code");
        group.MapPost("/subjects", SubjectByBody).WithSummary("数据使用透明 The same, with the key in the body (kept out of URLs)");
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> Events(
        AuditTrail trail, HttpContext context, DateTimeOffset? from, DateTimeOffset? to, long? user, long? department, string? resource,
        string? action, string? result, long? before, int? limit, CancellationToken ct)
    {
        if (ParseQuery(from, to, user, department, resource, action, result) is not { } query)
        {
            return BadResult(context);
        }
        return TypedResults.Ok(await trail.QueryAsync(query, before, limit ?? 100, ct));
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(
        AuditTrail trail, HttpContext context, DateTimeOffset? from, DateTimeOffset? to, long? user, long? department, string? resource,
        string? action, string? result)
    {
        if (ParseQuery(from, to, user, department, resource, action, result) is not { } query)
        {
            return BadResult(context);
        }
        return TypedResults.Stream(stream => trail.ExportCsvAsync(query, stream, context.RequestAborted), "text/csv; charset=utf-8", "audit-events.csv");
    }

    private static async Task<Ok<AuditVerificationBody>> Verify(AuditVerifier verifier, AuditLog log, HttpContext context, CancellationToken ct)
    {
        // Events appended just before the call are part of what is verified.
        await log.FlushAsync(ct);
        var result = await verifier.VerifyAsync(ct);
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        log.Append(new AuditEvent
        {
            Action = AuditActions.AuditVerify, Username = context.User.Identity?.Name, Result = result.Ok ? AuditOutcome.Ok : AuditOutcome.Error,
            Detail = result.Break?.Message.En,
        });
        return TypedResults.Ok(AuditVerificationBody.From(result, english));
    }

    private static async Task<Ok<IReadOnlyList<SubjectUse>>> Subject(string key, AuditTrail trail, CancellationToken ct) =>
        TypedResults.Ok(await trail.SubjectUsesAsync(key, ct: ct));

    private static async Task<Results<Ok<IReadOnlyList<SubjectUse>>, ProblemHttpResult>> SubjectByBody(SubjectRequest request, AuditTrail trail, HttpContext context, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Key))
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("key", "required", "请给出公民身份号码或统一社会信用代码", "Give a resident ID or credit code")]), context);
        }
        return TypedResults.Ok(await trail.SubjectUsesAsync(request.Key, ct: ct));
    }

    private static AuditQuery? ParseQuery(DateTimeOffset? from, DateTimeOffset? to, long? user, long? department, string? resource, string? action, string? result)
    {
        AuditOutcome? outcome = null;
        if (!string.IsNullOrEmpty(result))
        {
            if (!Enum.TryParse<AuditOutcome>(result, ignoreCase: true, out var parsed) || int.TryParse(result, out _))
            {
                return null;
            }
            outcome = parsed;
        }
        return new AuditQuery(from, to, user, department, resource, action, outcome);
    }

    private static ProblemHttpResult BadResult(HttpContext context) =>
        ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("result", "result_invalid", "result 应为 ok、denied 或 error", "result must be ok, denied or error")]), context);

    /// <summary>The body of <c>POST /api/v1/audit/subjects</c>.</summary>
    /// <param name="Key">A resident ID (公民身份号码) or unified social credit code.</param>
    internal sealed record SubjectRequest(string? Key);
}
