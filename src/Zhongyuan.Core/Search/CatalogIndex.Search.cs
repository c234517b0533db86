using System.Globalization;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

public sealed partial class CatalogIndex
{
    private static readonly HashSet<string> JsonOnly = [CatalogDocument.Json];
    private static readonly SortField ByCode = new(CatalogDocument.CodeSort, SortFieldType.STRING);
    // One comparator only: timestamps in ticks hardly ever tie, and Lucene's single-comparator path is much faster.
    private static readonly Sort ByDate = new(new SortField(CatalogDocument.Updated, SortFieldType.INT64, reverse: true));
    private static readonly Sort ByName = new(new SortField(CatalogDocument.NameSort, SortFieldType.STRING), ByCode);

    /// <summary>
    /// Searches the catalog. Facet counts cover every match, not only the page, and are drill-sideways (see
    /// <see cref="SearchResults.Facets"/>). Only the returned page is read and highlighted.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The page is below 1 or the page size outside 1–<see cref="CatalogSearch.MaxPageSize"/>.</exception>
    public SearchResults Search(CatalogSearch query)
    {
        Validate(query);
        var text = TextQuery.Build(query.Text, _analyzer, out var words);
        var sort = query.Sort == SearchSort.Relevance && text is null ? SearchSort.Date : query.Sort;
        var start = (int)Math.Min((long)(query.Page - 1) * query.PageSize, MaxResultWindow);
        var top = TopCollector(sort, Math.Min(start + query.PageSize, MaxResultWindow), scores: text is not null);
        var collector = new FacetCollector((ICollector)top, Filters(query));
        var searcher = _searchers.Acquire();
        try
        {
            searcher.Search(text ?? new MatchAllDocsQuery(), StatusFilter(query.Statuses), collector);
            var page = top.GetTopDocs(start, query.PageSize).ScoreDocs;
            var highlighter = new HitHighlighter(words, _analyzer);
            var hits = page.Select(d => Hit(searcher, d, highlighter)).ToList();
            return new SearchResults(collector.Total, query.Page, query.PageSize, hits, collector.Facets());
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static void Validate(CatalogSearch query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Page < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Page, "Page is 1-based.");
        }
        if (query.PageSize is < 1 or > CatalogSearch.MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.PageSize, $"PageSize must be 1 to {CatalogSearch.MaxPageSize}.");
        }
    }

    private static ITopDocsCollector TopCollector(SearchSort sort, int window, bool scores) => sort switch
    {
        SearchSort.Date => TopFieldCollector.Create(ByDate, window, false, scores, false, docsScoredInOrder: true),
        SearchSort.Name => TopFieldCollector.Create(ByName, window, false, scores, false, docsScoredInOrder: true),
        _ => TopScoreDocCollector.Create(window, docsScoredInOrder: false),
    };

    private static IReadOnlySet<string>?[] Filters(CatalogSearch query) =>
    [
        .. FacetField.All.Select(f => f.IsSideways && query.FilterOf(f.Name) is { Count: > 0 } values
            ? values.Select(f.Normalize).ToHashSet(StringComparer.Ordinal)
            : null),
    ];

    private static TermsFilter StatusFilter(IReadOnlySet<string>? statuses)
    {
        var allowed = statuses is { Count: > 0 }
            ? statuses.Select(FacetField.Status.Normalize).Distinct(StringComparer.Ordinal)
            : [EnumKeys<ResourceStatus>.Key(ResourceStatus.Published)];
        return new TermsFilter(FacetField.Status.Name, [.. allowed.Select(s => new BytesRef(s))]);
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc doc, HitHighlighter highlighter)
    {
        var resource = CatalogDocument.Read(searcher.Doc(doc.Doc, JsonOnly).Get(CatalogDocument.Json, CultureInfo.InvariantCulture));
        return new SearchHit(resource, float.IsNaN(doc.Score) ? 0 : doc.Score, highlighter.Of(resource));
    }
}
