namespace Zhongyuan.Identity;

/// <summary>Who an API token speaks for.</summary>
/// <param name="TokenId">The token's id.</param>
/// <param name="TokenName">The token's name.</param>
/// <param name="User">The token's owner.</param>
/// <param name="Scopes">What the token may do, e.g. <c>catalog:write</c>.</param>
public sealed record TokenPrincipal(long TokenId, string TokenName, User User, IReadOnlySet<string> Scopes);
