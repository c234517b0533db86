namespace Zhongyuan.OpenData.Ckan;

/// <summary>The result of <c>package_search</c>, in CKAN's shape.</summary>
/// <param name="Count">Packages matching the query.</param>
/// <param name="Sort">The sort applied, as asked.</param>
/// <param name="Facets">Per requested facet field, value → count (CKAN's older form).</param>
/// <param name="Results">The packages of the window asked for.</param>
/// <param name="SearchFacets">Per requested facet field, its title and items (name, display_name, count).</param>
public sealed record CkanSearchResult(
    int Count, string Sort, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    IReadOnlyList<CkanPackage> Results, IReadOnlyDictionary<string, CkanSearchFacet> SearchFacets);
