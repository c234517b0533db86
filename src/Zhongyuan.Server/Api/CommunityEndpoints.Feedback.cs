using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Audit;
using Zhongyuan.Community;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Api;

internal static partial class CommunityEndpoints
{
    private static void MapFeedback(RouteGroupBuilder api)
    {
        api.MapGet("/resources/{code}/rating", Rating).WithSummary("资源评分 Average stars and count (and the caller's own when signed in)");
        api.MapPut("/resources/{code}/rating", Rate).RequireAuthorization().WithSummary("评分 Rate a published resource 1–5 (one per user, changeable)");
        api.MapGet("/resources/{code}/comments", Comments).WithSummary("资源评论 A resource's comments, oldest first (hidden ones for admins)");
        api.MapPost("/resources/{code}/comments", Comment).RequireAuthorization().WithSummary("发表评论 Comment on a published resource (≤ 1000 characters)");
        api.MapDelete("/comments/{id:long}", DeleteComment).RequireAuthorization().WithSummary("删除评论 Delete one's own comment");
        api.MapPost("/comments/{id:long}/hide", HideComment).RequireAuthorization(Scopes.Admin).WithSummary("隐藏评论 Hide a comment (admin)");
    }

    private static async Task<Ok<RatingSummary>> Rating(string code, [FromServices] FeedbackService service, HttpContext context, CancellationToken ct) =>
        TypedResults.Ok(await service.RatingAsync(code, Actor(context.User), ct));

    private static async Task<Results<Ok<RatingSummary>, ProblemHttpResult>> Rate(string code, RatingRequest body, [FromServices] FeedbackService service,
        [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.RateAsync(code, body.Stars, Caller(context), ct);
        if (outcome.Succeeded)
        {
            Audit(audit, context, CommunityAuditActions.RatingSet, $"{body.Stars} stars", code);
        }
        return Answer(outcome, context, (r, _) => r);
    }

    private static async Task<Ok<IReadOnlyList<CommentBody>>> Comments(string code, [FromServices] FeedbackService service, HttpContext context,
        CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<CommentBody>>([.. (await service.CommentsAsync(code, Actor(context.User), ct)).Select(CommentBody.From)]);

    private static async Task<Results<Created<CommentBody>, ProblemHttpResult>> Comment(string code, CommentRequest body,
        [FromServices] FeedbackService service, [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.CommentAsync(code, body.Text, Caller(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        Audit(audit, context, CommunityAuditActions.CommentCreate, $"comment {outcome.Value.Id}", code);
        return TypedResults.Created($"/api/v1/resources/{Uri.EscapeDataString(code)}/comments", CommentBody.From(outcome.Value));
    }

    private static async Task<Results<Ok<CommentBody>, ProblemHttpResult>> DeleteComment(long id, [FromServices] FeedbackService service,
        [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.DeleteCommentAsync(id, Caller(context), ct);
        if (outcome.Succeeded)
        {
            Audit(audit, context, CommunityAuditActions.CommentDelete, $"comment {id}", outcome.Value.ResourceCode);
        }
        return Answer(outcome, context, (c, _) => CommentBody.From(c));
    }

    private static async Task<Results<Ok<CommentBody>, ProblemHttpResult>> HideComment(long id, [FromServices] FeedbackService service,
        [FromServices] AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.HideCommentAsync(id, Caller(context), ct);
        if (outcome.Succeeded)
        {
            Audit(audit, context, CommunityAuditActions.CommentHide, $"comment {id}", outcome.Value.ResourceCode);
        }
        return Answer(outcome, context, (c, _) => CommentBody.From(c));
    }
}
