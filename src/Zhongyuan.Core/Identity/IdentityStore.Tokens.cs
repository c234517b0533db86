using Dapper;

namespace Zhongyuan.Identity;

/// <summary>Token listing and revocation.</summary>
public sealed partial class IdentityStore
{
    /// <summary>The user's tokens, newest first, without their secrets.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListTokensAsync(long userId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<ApiTokenRow>(new CommandDefinition(database.Sql("Identity/Sql/ListTokens"), new { UserId = userId }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToToken())];
    }

    /// <summary>Revokes one of the user's tokens; false when the user has no such unrevoked token.</summary>
    public Task<bool> RevokeTokenAsync(long userId, long tokenId, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/RevokeToken", new { Id = tokenId, UserId = userId, At = time.GetUtcNow() }, ct);

    /// <summary>Revokes every token of the user (after a role change: tokens were sized to the old role).</summary>
    public Task<bool> RevokeTokensAsync(long userId, CancellationToken ct = default) =>
        ExecuteAsync("Identity/Sql/RevokeUserTokens", new { UserId = userId, At = time.GetUtcNow() }, ct);

    private sealed class ApiTokenRow
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Scopes { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? ExpiresAt { get; set; }
        public DateTimeOffset? RevokedAt { get; set; }

        public ApiToken ToToken() => new(Id, Name, Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), CreatedAt, ExpiresAt, RevokedAt);
    }
}
