namespace Zhongyuan.Search;

/// <summary>A page of catalog search results with facet counts.</summary>
/// <param name="Total">The number of resources that match the text and every filter.</param>
/// <param name="Page">The 1-based page number asked for.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="Hits">The resources of the page, in sort order; empty past the last page.</param>
/// <param name="Facets">
/// Per facet name (<see cref="CatalogFacets"/>), its values sorted by count descending then value. Counts are
/// drill-sideways: a field's counts apply the text, the statuses and every other field's filter, but not its
/// own, so users see how many results each alternative value would add. Every facet name is present.
/// </param>
public sealed record SearchResults(
    int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
