using Zhongyuan.Search;

namespace Zhongyuan.Server.Api;

/// <summary>A page of search results as the API returns it.</summary>
/// <param name="Total">Matching entries in all.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Entries per page.</param>
/// <param name="Hits">The entries on this page with their highlighted snippets.</param>
/// <param name="Facets">Counts per facet value over all matches.</param>
public sealed record SearchPage(int Total, int Page, int PageSize, IReadOnlyList<SearchPageHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    internal static SearchPage From(SearchResults r) =>
        new(r.Total, r.Page, r.PageSize, [.. r.Hits.Select(h => new SearchPageHit(h.Resource.Code, h.Score, h.Highlights, h.Resource))], r.Facets);
}
