using Zhongyuan.Search;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>A parsed <c>package_search</c>.</summary>
/// <param name="Text">Free text (CKAN's <c>q</c> without its <c>field:value</c> terms).</param>
/// <param name="Terms">The <c>field:value</c> terms of <c>fq</c> and <c>q</c>; values of one field are alternatives, fields combine with AND.</param>
/// <param name="Sort">The order.</param>
/// <param name="SortText">The sort as the caller gave it (echoed in the result).</param>
/// <param name="Rows">Results to return, 0 to <see cref="CkanSearcher.MaxRows"/>.</param>
/// <param name="Start">Results to skip.</param>
/// <param name="FacetFields">Facets to count: organization, groups, tags, res_format, license_id.</param>
/// <param name="FacetLimit">Values per facet, most frequent first; negative for all.</param>
public sealed record CkanSearchQuery(
    string? Text, IReadOnlyList<KeyValuePair<string, string>> Terms, SearchSort Sort, string SortText, int Rows, int Start,
    IReadOnlyList<string> FacetFields, int FacetLimit = 50);
