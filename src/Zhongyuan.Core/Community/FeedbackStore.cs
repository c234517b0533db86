using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Community;

/// <summary>Ratings (<c>resource_ratings</c>, one per user and resource) and comments (<c>resource_comments</c>) on resources.</summary>
public sealed class FeedbackStore(Database database)
{
    /// <summary>Sets a user's rating of a resource, replacing an earlier one.</summary>
    public async Task RateAsync(string resourceCode, long userId, int stars, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Community/Sql/UpsertRating"),
            new { ResourceCode = resourceCode, UserId = userId, Stars = stars, RatedAt = at }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>A resource's average and count, with <paramref name="userId"/>'s own rating when given. One query.</summary>
    public async Task<RatingSummary> RatingAsync(string resourceCode, long? userId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QuerySingleAsync<RatingRow>(new CommandDefinition(database.Sql("Community/Sql/SelectRating"),
            new { ResourceCode = resourceCode, UserId = userId ?? 0 }, cancellationToken: ct)).ConfigureAwait(false);
        return new RatingSummary(row.Average is { } a ? Math.Round(a, 1, MidpointRounding.AwayFromZero) : null, row.Count,
            row.Mine is { } m ? (int)m : null);
    }

    /// <summary>Stores a comment; returns its id.</summary>
    public async Task<long> InsertCommentAsync(ResourceComment comment, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(comment);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Community/Sql/InsertComment"), new
        {
            comment.ResourceCode, comment.AuthorId, comment.AuthorName, comment.Text, comment.CreatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>A comment by id (hidden or not), or null.</summary>
    public async Task<ResourceComment?> FindCommentAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.QueryFirstOrDefaultAsync<ResourceComment>(new CommandDefinition(
            database.Sql("Community/Sql/SelectComment") + " WHERE c.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>A resource's comments, oldest first, at most <paramref name="limit"/>; hidden ones only when asked. One query.</summary>
    public async Task<IReadOnlyList<ResourceComment>> CommentsAsync(string resourceCode, bool includeHidden, int limit = 200, CancellationToken ct = default)
    {
        var sql = database.Sql("Community/Sql/SelectComment") + " WHERE c.resource_code = @ResourceCode" +
            (includeHidden ? "" : " AND c.hidden_at IS NULL") + " ORDER BY c.id LIMIT @Limit";
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return [.. await c.QueryAsync<ResourceComment>(new CommandDefinition(sql,
            new { ResourceCode = resourceCode, Limit = Math.Clamp(limit, 1, 1000) }, cancellationToken: ct)).ConfigureAwait(false)];
    }

    /// <summary>Deletes a comment; false when there was none.</summary>
    public async Task<bool> DeleteCommentAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Community/Sql/DeleteComment"), new { Id = id }, cancellationToken: ct))
            .ConfigureAwait(false) == 1;
    }

    /// <summary>Hides a shown comment; false when it is already hidden or does not exist.</summary>
    public async Task<bool> HideCommentAsync(long id, string hiddenBy, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Community/Sql/HideComment"),
            new { Id = id, HiddenByName = hiddenBy, HiddenAt = at }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    private sealed class RatingRow
    {
        public long Count { get; set; }
        public double? Average { get; set; }
        public long? Mine { get; set; }
    }
}
