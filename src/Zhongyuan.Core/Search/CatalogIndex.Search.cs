using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

public sealed partial class CatalogIndex
{
    private const int CacheCapacity = 1_000;

    private static readonly HashSet<string> JsonOnly = [CatalogDocument.Json];
    private static readonly int StatusField = FacetField.All.Count - 1;

    private readonly SearchCache _cache = new(CacheCapacity);

    /// <summary>Whether identical searches through the same searcher are answered from a cache (benchmarks turn it off).</summary>
    internal bool CacheResults { get; set; } = true;

    /// <summary>
    /// Searches the catalog. Facet counts cover every match, not only the page, and are drill-sideways (see
    /// <see cref="SearchResults.Facets"/>). Only the returned page is read and highlighted. Results of identical
    /// searches are reused until the next write; the instance returned may be shared, so never change it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The page is below 1 or the page size outside 1–<see cref="CatalogSearch.MaxPageSize"/>.</exception>
    public SearchResults Search(CatalogSearch query)
    {
        Validate(query);
        var filters = Filters(query);
        var statuses = Statuses(query.Statuses);
        var searcher = _searchers.Acquire();
        try
        {
            var text = TextQuery.Build(query.Text, _analyzer, out var words);
            var sort = query.Sort == SearchSort.Relevance && text is null ? SearchSort.Date : query.Sort;
            var key = SearchCache.Key(query.Text, filters, statuses, sort, query.Page, query.PageSize);
            if (CacheResults && _cache.Find(searcher.IndexReader, key) is { } cached)
            {
                return cached;
            }
            var results = Run(searcher, query, text, words, sort, filters, statuses);
            _cache.Add(searcher.IndexReader, key, results);
            return results;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private SearchResults Run(IndexSearcher searcher, CatalogSearch query, Query? text, Query? words, SearchSort sort,
        IReadOnlySet<string>?[] filters, List<string> statuses)
    {
        var start = (int)Math.Min((long)(query.Page - 1) * query.PageSize, MaxResultWindow);
        var (top, page) = TopCollector(sort, Math.Min(start + query.PageSize, MaxResultWindow));
        var collector = new FacetCollector(top, filters);
        if (text is null)
        {
            CollectAll(searcher.IndexReader, statuses.ToHashSet(StringComparer.Ordinal), collector, newestFirst: sort == SearchSort.Date);
        }
        else
        {
            searcher.Search(text, StatusFilter(statuses), collector);
        }
        var highlighter = new HitHighlighter(words, _analyzer);
        var hits = page(start, query.PageSize).Select(d => Hit(searcher, d, highlighter)).ToList();
        return new SearchResults(collector.Total, query.Page, query.PageSize, hits, collector.Facets());
    }

    /// <summary>
    /// Feeds every live document with an allowed status to the collector, straight from the cached per-segment
    /// arrays: with no text there is nothing to score, and Lucene's match-all scorer, status filter and
    /// collector chain cost more than the counting itself.
    /// </summary>
    private static void CollectAll(IndexReader reader, HashSet<string> statuses, ICollector collector, bool newestFirst)
    {
        var leaves = newestFirst ? reader.Leaves.Reverse() : reader.Leaves;
        foreach (var leaf in leaves)
        {
            collector.SetNextReader(leaf);
            var status = SegmentFacets.For(leaf.AtomicReader).Fields[StatusField];
            var allowed = status.Allowed(statuses);
            var live = leaf.AtomicReader.LiveDocs;
            var maxDoc = leaf.AtomicReader.MaxDoc;
            for (var i = 0; i < maxDoc; i++)
            {
                var doc = newestFirst ? maxDoc - 1 - i : i;
                if ((live is null || live.Get(doc)) && status.AnyAllowed(doc, allowed))
                {
                    collector.Collect(doc);
                }
            }
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

    /// <summary>The collector of the top hits for a sort, and how to read a page from it once the search has run.</summary>
    private static (ICollector Collector, Func<int, int, ScoreDoc[]> Page) TopCollector(SearchSort sort, int window)
    {
        switch (sort)
        {
            case SearchSort.Date:
                var byDate = new DateTopCollector(window);
                return (byDate, byDate.Page);
            case SearchSort.Name:
                var byName = new NameTopCollector(window);
                return (byName, byName.Page);
            default:
                var byScore = TopScoreDocCollector.Create(window, docsScoredInOrder: false);
                return (byScore, (start, count) => byScore.GetTopDocs(start, count).ScoreDocs);
        }
    }

    private static IReadOnlySet<string>?[] Filters(CatalogSearch query) =>
    [
        .. FacetField.All.Select(f => f.IsSideways && query.FilterOf(f.Name) is { Count: > 0 } values
            ? values.Select(f.Normalize).ToHashSet(StringComparer.Ordinal)
            : null),
    ];

    private static List<string> Statuses(IReadOnlySet<string>? statuses) =>
        statuses is { Count: > 0 }
            ? [.. statuses.Select(FacetField.Status.Normalize).Distinct(StringComparer.Ordinal)]
            : [EnumKeys<ResourceStatus>.Key(ResourceStatus.Published)];

    private static TermsFilter StatusFilter(List<string> statuses) =>
        new(FacetField.Status.Name, [.. statuses.Select(s => new BytesRef(s))]);

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc doc, HitHighlighter highlighter)
    {
        var resource = CatalogDocument.Read(searcher.Doc(doc.Doc, JsonOnly).Get(CatalogDocument.Json, CultureInfo.InvariantCulture));
        return new SearchHit(resource, float.IsNaN(doc.Score) ? 0 : doc.Score, highlighter.Of(resource));
    }
}
