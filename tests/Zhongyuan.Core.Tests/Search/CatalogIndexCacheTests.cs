using Zhongyuan.Catalog;
using Zhongyuan.Search;
using static Zhongyuan.Tests.Search.SampleResources;

namespace Zhongyuan.Tests.Search;

/// <summary>Identical searches are answered from a cache until the next write; these check that no write is ever missed.</summary>
public sealed class CatalogIndexCacheTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "zy-index-" + Guid.NewGuid().ToString("N"));
    private readonly CatalogIndex _index;

    public CatalogIndexCacheTests() => _index = CatalogIndex.Open(_path, () => All);

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    [Fact]
    public void Search_IdenticalTextQueryAfterUpsert_SeesTheUpsert()
    {
        var query = new CatalogSearch { Text = "交通流量" };
        Assert.Equal(0, _index.Search(query).Total);

        _index.Upsert(TrafficDraft with { Status = ResourceStatus.Published });

        Assert.Equal(TrafficDraft.Code, Assert.Single(_index.Search(query).Hits).Resource.Code);
    }

    [Fact]
    public void Search_IdenticalLandingQueryAfterUpsert_SeesNewestFirstAndNewCounts()
    {
        var before = _index.Search(new CatalogSearch());
        var changed = Water with { UpdatedAt = Air.UpdatedAt.AddDays(1), Version = 2, Metadata = Water.Metadata with { Themes = ["城建住房"] } };

        _index.Upsert(changed);

        var after = _index.Search(new CatalogSearch());
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(Water.Code, after.Hits[0].Resource.Code);
        Assert.Equal(2, after.Hits[0].Resource.Version);
        Assert.Contains(after.Facets[CatalogFacets.Theme], v => v.Value == "城建住房");
        Assert.DoesNotContain(before.Facets[CatalogFacets.Theme], v => v.Value == "城建住房");
    }

    [Fact]
    public void Search_IdenticalQueryAfterRebuild_SeesNewContent()
    {
        Assert.Equal(5, _index.Search(new CatalogSearch { PageSize = 3 }).Total);

        _index.Rebuild([Population]);

        var after = _index.Search(new CatalogSearch { PageSize = 3 });
        Assert.Equal(Population.Code, Assert.Single(after.Hits).Resource.Code);
    }

    [Fact]
    public void Search_QueriesDifferingInFilterPageOrStatus_AreNotConfused()
    {
        var all = _index.Search(new CatalogSearch { Themes = ["生态环境"] });
        var two = _index.Search(new CatalogSearch { Themes = ["生态环境", "市场监管"] });
        var page2 = _index.Search(new CatalogSearch { Themes = ["生态环境"], PageSize = 1, Page = 2 });
        var drafts = _index.Search(new CatalogSearch { Statuses = new HashSet<string> { "draft", "published" } });

        Assert.Equal(2, all.Total);
        Assert.Equal(3, two.Total);
        Assert.Equal(all.Hits[1].Resource.Code, Assert.Single(page2.Hits).Resource.Code);
        Assert.Equal(_index.Search(new CatalogSearch()).Total + 1, drafts.Total);
        Assert.Contains(drafts.Hits, h => h.Resource.Code == TrafficDraft.Code);
    }

    [Theory]
    [InlineData(null, SearchSort.Relevance)]
    [InlineData(null, SearchSort.Name)]
    [InlineData("监测数据", SearchSort.Relevance)]
    [InlineData("监测数据", SearchSort.Date)]
    [InlineData("信息", SearchSort.Name)]
    public void Search_CachedResult_EqualsFreshResult(string? text, SearchSort sort)
    {
        var query = new CatalogSearch { Text = text, Sort = sort, Themes = text is null ? null : ["生态环境", "公共安全"] };
        var first = _index.Search(query);
        var cached = _index.Search(query);
        _index.CacheResults = false;
        var fresh = _index.Search(query);

        Assert.Same(first, cached);
        Assert.Equal(Codes(fresh), Codes(cached));
        Assert.Equal(fresh.Total, cached.Total);
        Assert.Equal(fresh.Facets.SelectMany(f => f.Value), cached.Facets.SelectMany(f => f.Value));
    }

    [Fact]
    public void Search_SameUpdateTime_KeepsIndexOrderLikeLuceneSort()
    {
        var at = Air.UpdatedAt.AddDays(10);
        var twins = Enumerable.Range(1, 3).Select(i => Water with { Code = $"211001000-00010{i}", UpdatedAt = at }).ToList();
        _index.UpsertMany(twins);

        var results = _index.Search(new CatalogSearch { PageSize = 3 });

        Assert.Equal(twins.Select(t => t.Code), Codes(results));
    }

    [Fact]
    public void Search_SortByNameOverSeveralSegments_TiesByCodeAndPagesInOrder()
    {
        var waterTwin = Water with { Code = "211001000-000009" };
        var airTwin = Air with { Code = "201001000-000001" };
        _index.Upsert(waterTwin);
        _index.Upsert(airTwin);

        var pages = Enumerable.Range(1, 3).SelectMany(p => Codes(_index.Search(new CatalogSearch { Sort = SearchSort.Name, PageSize = 3, Page = p })));

        Assert.Equal([Water.Code, waterTwin.Code, airTwin.Code, Air.Code, Enterprise.Code, Population.Code, Subsistence.Code], pages);
    }

    [Fact]
    public void Search_TextSortedByName_KeepsScores()
    {
        var results = _index.Search(new CatalogSearch { Text = "监测数据", Sort = SearchSort.Name });

        Assert.Equal([Water.Code, Air.Code], Codes(results));
        Assert.All(results.Hits, h => Assert.True(h.Score > 0));
    }

    private static List<string> Codes(SearchResults results) => [.. results.Hits.Select(h => h.Resource.Code)];
}
