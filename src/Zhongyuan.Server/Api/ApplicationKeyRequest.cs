namespace Zhongyuan.Server.Api;

/// <summary>Creates an application key.</summary>
/// <param name="Name">What the key is for (default <c>default</c>).</param>
/// <param name="ExpiresAt">When it stops working (default one year from now).</param>
internal sealed record ApplicationKeyRequest(string? Name, DateTimeOffset? ExpiresAt);
