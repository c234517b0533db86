namespace Zhongyuan.Server.Api;

/// <summary>A developer's new key: for which of their applications, its name, and when it expires (default one year).</summary>
internal sealed record DeveloperKeyRequest(long ApplicationId, string? Name, DateTimeOffset? ExpiresAt);
