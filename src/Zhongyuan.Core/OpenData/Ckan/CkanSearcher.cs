using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Search;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>
/// Answers <c>package_search</c> from the catalog index. Organization, group and text filters go to the index;
/// when the query filters or facets on something the index does not hold (tags, res_format, license_id, name,
/// id), every match is read from the index and filtered here, which is fine for a node's catalog of a few
/// thousand entries. Facet counts are over the matches, as in CKAN.
/// </summary>
public sealed class CkanSearcher(CatalogIndex index, DepartmentStore departments, OpenDataStore data)
{
    /// <summary>The most rows one search returns (CKAN's default limit).</summary>
    public const int MaxRows = 1000;

    private const int IndexPage = CatalogSearch.MaxPageSize;
    private static readonly HashSet<string> ScanFields = new(StringComparer.Ordinal) { "tags", "res_format", "license_id", "name", "id" };

    /// <summary>Runs a search for <paramref name="audience"/>; links in packages start with <paramref name="baseUrl"/>.</summary>
    public async Task<CkanSearchResult> SearchAsync(CkanSearchQuery query, OpenDataAudience audience, string baseUrl, CancellationToken ct = default)
    {
        var orgs = Organizations(await departments.ListAsync(ct).ConfigureAwait(false));
        var search = IndexSearch(query, audience, orgs);
        var scan = query.Terms.Any(t => ScanFields.Contains(t.Key)) || query.FacetFields.Any(ScanFields.Contains);
        return scan
            ? await ScanAsync(query, search, orgs, baseUrl, ct).ConfigureAwait(false)
            : await WindowAsync(query, search, orgs, baseUrl, ct).ConfigureAwait(false);
    }

    private async Task<CkanSearchResult> WindowAsync(CkanSearchQuery query, CatalogSearch search, Orgs orgs, string baseUrl, CancellationToken ct)
    {
        var first = index.Search(search with { Page = 1, PageSize = 1 });
        var page = query.Rows == 0 ? [] : Window(search, query.Start, query.Rows);
        var facets = new Dictionary<string, IReadOnlyList<CkanFacetItem>>(StringComparer.Ordinal);
        foreach (var field in query.FacetFields)
        {
            facets[field] = IndexFacet(field, first, query, orgs);
        }
        return await ResultAsync(query, first.Total, page, facets, baseUrl, ct).ConfigureAwait(false);
    }

    private async Task<CkanSearchResult> ScanAsync(CkanSearchQuery query, CatalogSearch search, Orgs orgs, string baseUrl, CancellationToken ct)
    {
        var all = Window(search, 0, CatalogIndex.MaxResultWindow);
        var withData = await data.CurrentDataAsync(null, ct).ConfigureAwait(false);
        var matches = all.Where(r => PostFilter(query, r, withData)).ToList();
        var facets = new Dictionary<string, IReadOnlyList<CkanFacetItem>>(StringComparer.Ordinal);
        foreach (var field in query.FacetFields)
        {
            facets[field] = Count(matches.SelectMany(r => Values(field, r, withData)), query.FacetLimit);
        }
        var page = matches.Skip(query.Start).Take(query.Rows).ToList();
        return await ResultAsync(query, matches.Count, page, facets, baseUrl, ct).ConfigureAwait(false);
    }

    private async Task<CkanSearchResult> ResultAsync(CkanSearchQuery query, int total, IReadOnlyList<Resource> page,
        Dictionary<string, IReadOnlyList<CkanFacetItem>> facets, string baseUrl, CancellationToken ct)
    {
        var current = await data.CurrentDataAsync([.. page.Select(r => r.Code)], ct).ConfigureAwait(false);
        var packages = page.Select(r => CkanMapper.Package(r, current.GetValueOrDefault(r.Code), baseUrl)).ToList();
        return new CkanSearchResult(total, query.SortText,
            facets.ToDictionary(f => f.Key, f => (IReadOnlyDictionary<string, int>)f.Value.ToDictionary(i => i.Name, i => i.Count, StringComparer.Ordinal), StringComparer.Ordinal),
            packages,
            facets.ToDictionary(f => f.Key, f => new CkanSearchFacet(f.Key, f.Value), StringComparer.Ordinal));
    }

    /// <summary>The resources at positions [start, start + rows) of the index's order, reading index pages of the largest size.</summary>
    private List<Resource> Window(CatalogSearch search, int start, int rows)
    {
        var end = Math.Min((long)start + rows, CatalogIndex.MaxResultWindow);
        var result = new List<Resource>();
        for (var page = start / IndexPage + 1; (long)(page - 1) * IndexPage < end; page++)
        {
            var hits = index.Search(search with { Page = page, PageSize = IndexPage }).Hits;
            var offset = (page - 1) * IndexPage;
            result.AddRange(hits.Where((_, i) => offset + i >= start && offset + i < end).Select(h => h.Resource));
            if (hits.Count < IndexPage)
            {
                break;
            }
        }
        return result;
    }

    private static CatalogSearch IndexSearch(CkanSearchQuery query, OpenDataAudience audience, Orgs orgs)
    {
        var providers = Values(query, "organization").Select(v => orgs.BySlug.TryGetValue(v.ToLowerInvariant(), out var d) ? d.Id : -1)
            .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var themes = Values(query, "groups").Select(v => OpenThemes.Find(v)?.Zh ?? "\u0000unknown").ToList();
        return new CatalogSearch
        {
            Text = query.Text, Sort = query.Sort,
            Providers = providers.Count > 0 ? providers : null, Themes = themes.Count > 0 ? themes : null,
            OpenTypes = audience.OpenTypeFilter, Statuses = new HashSet<string>(StringComparer.Ordinal) { "published" },
        };
    }

    private static List<string> Values(CkanSearchQuery query, string field) =>
        [.. query.Terms.Where(t => t.Key == field).Select(t => t.Value)];

    private static bool PostFilter(CkanSearchQuery query, Resource r, IReadOnlyDictionary<string, CurrentData> withData) =>
        query.Terms.Where(t => ScanFields.Contains(t.Key)).GroupBy(t => t.Key)
            .All(g => Values(g.Key, r, withData).Any(v => g.Any(t => string.Equals(t.Value, v.Name, StringComparison.OrdinalIgnoreCase))));

    /// <summary>The values of a facet field a resource carries (name and display name).</summary>
    private static IEnumerable<CkanFacetItem> Values(string field, Resource r, IReadOnlyDictionary<string, CurrentData> withData) => field switch
    {
        "organization" => [new(CkanNames.Organization(r.Provider), r.Provider.Name, 1)],
        "groups" => r.Metadata.Themes.Select(t => OpenThemes.Of(t)).Select(t => new CkanFacetItem(t.Slug, t.Zh, 1)),
        "tags" => r.Metadata.Tags.Select(t => new CkanFacetItem(t, t, 1)),
        "res_format" => withData.ContainsKey(r.Code) ? [new("CSV", "CSV", 1)] : [],
        "license_id" => [new("notspecified", "License not specified", 1)],
        "name" or "id" => [new(CkanNames.Package(r.Code), r.Metadata.Name, 1)],
        _ => [],
    };

    private static List<CkanFacetItem> Count(IEnumerable<CkanFacetItem> values, int limit)
    {
        var counted = values.GroupBy(v => v.Name, StringComparer.Ordinal)
            .Select(g => new CkanFacetItem(g.Key, g.First().DisplayName, g.Count()))
            .OrderByDescending(i => i.Count).ThenBy(i => i.Name, StringComparer.Ordinal);
        return limit < 0 ? [.. counted] : [.. counted.Take(limit)];
    }

    /// <summary>A facet counted by the index; a filtered field keeps only its filter's values, as CKAN's (non drill-sideways) counts would.</summary>
    private static List<CkanFacetItem> IndexFacet(string field, SearchResults results, CkanSearchQuery query, Orgs orgs)
    {
        var items = field switch
        {
            "organization" => results.Facets[CatalogFacets.Provider]
                .Select(v => orgs.ById.TryGetValue(v.Value, out var d) ? new CkanFacetItem(CkanNames.Organization(d.Id, d.CreditCode), d.Name, v.Count) : null),
            "groups" => results.Facets[CatalogFacets.Theme].Select(v => OpenThemes.Of(v.Value)).Zip(results.Facets[CatalogFacets.Theme])
                .Select(p => new CkanFacetItem(p.First.Slug, p.First.Zh, p.Second.Count)),
            _ => [],
        };
        var filter = Values(query, field).Select(v => field == "groups" ? OpenThemes.Find(v)?.Slug ?? v : v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var kept = items.OfType<CkanFacetItem>().Where(i => i.Count > 0 && (filter.Count == 0 || filter.Contains(i.Name)));
        return query.FacetLimit < 0 ? [.. kept] : [.. kept.Take(query.FacetLimit)];
    }

    private static Orgs Organizations(IReadOnlyList<Department> list)
    {
        var bySlug = new Dictionary<string, Department>(StringComparer.Ordinal);
        foreach (var d in list)
        {
            bySlug[CkanNames.Organization(d.Id, d.CreditCode)] = d;
            bySlug.TryAdd(d.Id.ToString(CultureInfo.InvariantCulture), d);
        }
        return new Orgs(bySlug, list.ToDictionary(d => d.Id.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal));
    }

    private sealed record Orgs(Dictionary<string, Department> BySlug, Dictionary<string, Department> ById);
}
