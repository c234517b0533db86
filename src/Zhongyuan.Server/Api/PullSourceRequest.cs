namespace Zhongyuan.Server.Api;

/// <summary>The body of <c>PUT /api/v1/resources/{code}/pull</c>.</summary>
/// <param name="Kind"><c>postgres</c> or <c>http</c>.</param>
/// <param name="Connection">postgres: a <c>postgres://</c> URL or connection string; omitted (or sent back masked) keeps the stored one.</param>
/// <param name="Query">postgres: one SELECT or WITH … SELECT statement.</param>
/// <param name="Url">http: the http(s) URL returning CSV or JSON.</param>
/// <param name="Header">http: an optional header sent with the request, e.g. an API key; a null value keeps the stored one.</param>
/// <param name="Enabled">Whether the scheduler runs it (default true).</param>
public sealed record PullSourceRequest(string? Kind, string? Connection, string? Query, string? Url, PullHeaderRequest? Header, bool? Enabled);
