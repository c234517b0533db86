namespace Zhongyuan.Cli.Http;

/// <summary>The parameters of <c>GET /api/v1/resources/search</c>.</summary>
internal sealed record SearchRequest(
    string? Query, string? Provider, string? Region, string? ShareType, string? OpenType,
    string? Theme, string? Status, string? Sort, int? Page, int? PageSize);
