using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Community;

/// <summary>
/// Ratings (1 to 5 stars, one per user and resource, changeable) and comments (at most 1000 characters) on published
/// resources. Authors delete their own comments; administrators hide any.
/// </summary>
public sealed class FeedbackService(FeedbackStore store, ResourceStore resources, TimeProvider time)
{
    /// <summary>The longest comment, in characters.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Sets the caller's rating of a published resource and returns the new summary.</summary>
    public async Task<Outcome<RatingSummary>> RateAsync(string code, int? stars, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await PublishedAsync(code, ct).ConfigureAwait(false) is { } missing)
        {
            return missing;
        }
        if (stars is not (>= 1 and <= 5))
        {
            return Problem.Invalid([FieldError.Of("stars", "out_of_range", "评分应为 1 到 5 星", "stars must be 1 to 5")]);
        }
        await store.RateAsync(code, actor.UserId, stars.Value, time.GetUtcNow(), ct).ConfigureAwait(false);
        return await store.RatingAsync(code, actor.UserId, ct).ConfigureAwait(false);
    }

    /// <summary>A resource's rating summary, with the caller's own when signed in.</summary>
    public Task<RatingSummary> RatingAsync(string code, CommunityActor? actor, CancellationToken ct = default) =>
        store.RatingAsync(code, actor?.UserId, ct);

    /// <summary>Adds a comment to a published resource.</summary>
    public async Task<Outcome<ResourceComment>> CommentAsync(string code, string? text, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await PublishedAsync(code, ct).ConfigureAwait(false) is { } missing)
        {
            return missing;
        }
        var errors = new List<FieldError>();
        var body = CommunityRules.Text(errors, "text", text, MaxCommentLength, "评论内容", "The comment");
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var comment = new ResourceComment
        {
            Id = 0, ResourceCode = code, AuthorId = actor.UserId, AuthorName = actor.Username, Text = body, CreatedAt = time.GetUtcNow(),
        };
        return comment with { Id = await store.InsertCommentAsync(comment, ct).ConfigureAwait(false) };
    }

    /// <summary>A resource's shown comments, oldest first (hidden ones too for administrators).</summary>
    public Task<IReadOnlyList<ResourceComment>> CommentsAsync(string code, CommunityActor? actor, CancellationToken ct = default) =>
        store.CommentsAsync(code, actor?.IsAdmin == true, ct: ct);

    /// <summary>Deletes a comment: only its author may.</summary>
    public async Task<Outcome<ResourceComment>> DeleteCommentAsync(long id, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var comment = await store.FindCommentAsync(id, ct).ConfigureAwait(false);
        if (comment is null)
        {
            return CommentNotFound(id);
        }
        if (comment.AuthorId != actor.UserId)
        {
            return Problem.Forbidden("只能删除自己的评论", "You may delete only your own comments");
        }
        return await store.DeleteCommentAsync(id, ct).ConfigureAwait(false) ? comment : CommentNotFound(id);
    }

    /// <summary>Hides a comment: administrators only.</summary>
    public async Task<Outcome<ResourceComment>> HideCommentAsync(long id, CommunityActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            return Problem.Forbidden("只有系统管理员可以隐藏评论", "Only administrators hide comments");
        }
        var comment = await store.FindCommentAsync(id, ct).ConfigureAwait(false);
        if (comment is null)
        {
            return CommentNotFound(id);
        }
        var at = time.GetUtcNow();
        return await store.HideCommentAsync(id, actor.Username, at, ct).ConfigureAwait(false)
            ? comment with { HiddenByName = actor.Username, HiddenAt = at }
            : Problem.Conflict("该评论已隐藏", "The comment is already hidden");
    }

    private async Task<Problem?> PublishedAsync(string code, CancellationToken ct) =>
        await resources.FindAsync(code, ct).ConfigureAwait(false) is { Status: ResourceStatus.Published }
            ? null
            : Problem.NotFound($"没有已发布的信息资源“{code}”", $"There is no published resource \"{code}\"");

    private static Problem CommentNotFound(long id) => Problem.NotFound($"评论 {id} 不存在", $"No comment has the id {id}");
}
