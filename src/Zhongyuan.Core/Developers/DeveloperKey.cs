namespace Zhongyuan.Developers;

/// <summary>One of a developer's API keys (never the key itself), with the resource its application was approved for.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="ApplicationId">The developer's application the key authenticates.</param>
/// <param name="ApplicationName">Its name (<c>username/resource code</c>).</param>
/// <param name="ResourceCode">The resource the application applied for (its grant limits the key to it).</param>
/// <param name="ResourceName">That resource's name.</param>
/// <param name="Name">The key's name.</param>
/// <param name="Hint">The first characters, for recognition (<c>zya_AbCd…</c>).</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
public sealed record DeveloperKey(long Id, long ApplicationId, string ApplicationName, string? ResourceCode, string? ResourceName, string Name, string Hint,
    DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Whether the key authenticates at <paramref name="now"/>: not revoked, not expired.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
