namespace Zhongyuan.Search;

/// <summary>
/// A catalog search: free text, filters and a page. Each filter lists the allowed values of one facet
/// (<see cref="CatalogFacets"/>): a resource must match every non-empty filter (AND between fields) and one
/// value of each (OR within a field). Null or empty means no filter. Enum filters accept the camelCase member
/// name (<c>conditional</c>) as well as the Chinese or English label.
/// </summary>
public sealed record CatalogSearch
{
    /// <summary>The largest allowed <see cref="PageSize"/>.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// What the user typed, in any language and with any punctuation; never a query syntax. Words are matched
    /// in the name, abstract, item names, tags and provider name; a code or code prefix matches the code.
    /// Null or blank matches everything within the filters.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Allowed provider department ids.</summary>
    public IReadOnlyList<string>? Providers { get; init; }

    /// <summary>Allowed region codes.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>Allowed classification class-and-item codes (three digits, e.g. <c>101</c>).</summary>
    public IReadOnlyList<string>? Classifications { get; init; }

    /// <summary>Allowed classes: <c>1</c>, <c>2</c>, <c>3</c>.</summary>
    public IReadOnlyList<string>? Classes { get; init; }

    /// <summary>Allowed share types.</summary>
    public IReadOnlyList<string>? ShareTypes { get; init; }

    /// <summary>Allowed open types.</summary>
    public IReadOnlyList<string>? OpenTypes { get; init; }

    /// <summary>Allowed formats.</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Allowed open-data themes; a resource matches when it has any of them.</summary>
    public IReadOnlyList<string>? Themes { get; init; }

    /// <summary>Allowed update cycles.</summary>
    public IReadOnlyList<string>? UpdateCycles { get; init; }

    /// <summary>Allowed data grades.</summary>
    public IReadOnlyList<string>? Grades { get; init; }

    /// <summary>
    /// Allowed statuses; null or empty means published only. Unlike the other filters this one is applied
    /// before facet counting, so no count reveals resources of a status the caller may not see.
    /// </summary>
    public IReadOnlySet<string>? Statuses { get; init; }

    /// <summary>The order of the results.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>The 1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Results per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>The filters by facet name, in the order of <see cref="FacetField.All"/>.</summary>
    internal IReadOnlyList<string>? FilterOf(string facet) => facet switch
    {
        CatalogFacets.Provider => Providers,
        CatalogFacets.Region => Regions,
        CatalogFacets.Classification => Classifications,
        CatalogFacets.Class => Classes,
        CatalogFacets.ShareType => ShareTypes,
        CatalogFacets.OpenType => OpenTypes,
        CatalogFacets.Format => Formats,
        CatalogFacets.Theme => Themes,
        CatalogFacets.UpdateCycle => UpdateCycles,
        CatalogFacets.Grade => Grades,
        _ => null,
    };
}
