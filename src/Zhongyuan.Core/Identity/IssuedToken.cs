namespace Zhongyuan.Identity;

/// <summary>A token just created, with its secret: the only time the secret is seen.</summary>
/// <param name="Token">The token's listing.</param>
/// <param name="Secret">The <c>zy_…</c> value to send as <c>Authorization: Bearer</c>.</param>
public sealed record IssuedToken(ApiToken Token, string Secret);
