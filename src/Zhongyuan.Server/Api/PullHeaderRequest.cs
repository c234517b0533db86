namespace Zhongyuan.Server.Api;

/// <summary>A request header of an HTTP pull source.</summary>
/// <param name="Name">The header name, e.g. <c>X-Api-Key</c>.</param>
/// <param name="Value">The value (stored encrypted, shown masked).</param>
public sealed record PullHeaderRequest(string? Name, string? Value);
