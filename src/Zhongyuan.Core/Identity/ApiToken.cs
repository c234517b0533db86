namespace Zhongyuan.Identity;

/// <summary>An API token as its owner lists it: never the secret.</summary>
/// <param name="Id">Token id.</param>
/// <param name="Name">The owner's name for it.</param>
/// <param name="Scopes">What it may do.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ExpiresAt">When it stops working; null only for the bootstrap token.</param>
/// <param name="RevokedAt">When it was revoked.</param>
public sealed record ApiToken(long Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);
