namespace Zhongyuan.OpenData.Ckan;

/// <summary>One facet of <c>search_facets</c>.</summary>
/// <param name="Title">The field name.</param>
/// <param name="Items">Its values, most frequent first.</param>
public sealed record CkanSearchFacet(string Title, IReadOnlyList<CkanFacetItem> Items);
