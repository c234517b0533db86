using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Zhongyuan.Catalog;
using Zhongyuan.Search;
using static Zhongyuan.Tests.Search.SampleResources;

namespace Zhongyuan.Tests.Search;

public sealed class CatalogIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "zy-index-" + Guid.NewGuid().ToString("N"));
    private readonly CatalogIndex _index;

    public CatalogIndexTests() => _index = CatalogIndex.Open(_path, () => All);

    public void Dispose()
    {
        _index.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }

    [Fact]
    public void Search_ChineseWord_FindsResourceByName()
    {
        var results = _index.Search(new CatalogSearch { Text = "人口" });

        Assert.Equal(Population.Code, results.Hits[0].Resource.Code);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Search_ChinesePhrase_FindsAirQualityFirst()
    {
        var results = _index.Search(new CatalogSearch { Text = "空气质量" });

        Assert.Equal(Air.Code, results.Hits[0].Resource.Code);
        Assert.DoesNotContain(results.Hits, h => h.Resource.Code == Enterprise.Code);
    }

    [Fact]
    public void Search_ItemName_FindsResourcesWithThatItem()
    {
        var codes = Codes(_index.Search(new CatalogSearch { Text = "身份号码" }));

        Assert.Equal([Population.Code, Subsistence.Code], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_ProviderName_FindsItsResources()
    {
        var codes = Codes(_index.Search(new CatalogSearch { Text = "生态环境厅" }));

        Assert.Equal([Air.Code, Water.Code], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_Code_FindsResource()
    {
        var results = _index.Search(new CatalogSearch { Text = Water.Code });

        Assert.Equal(Water.Code, Assert.Single(results.Hits).Resource.Code);
    }

    [Fact]
    public void Search_Match_HighlightsNameWithEm()
    {
        var hit = _index.Search(new CatalogSearch { Text = "空气质量" }).Hits[0];

        Assert.Contains("<em>", hit.Highlights["name"], StringComparison.Ordinal);
        Assert.Contains("</em>", hit.Highlights["name"], StringComparison.Ordinal);
        Assert.Contains("<em>", hit.Highlights["abstract"], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_AbstractWithMarkup_EscapesHtml()
    {
        var hit = _index.Search(new CatalogSearch { Text = "空气质量" }).Hits[0];

        Assert.Contains("&lt;75", hit.Highlights["abstract"], StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Highlights["abstract"], StringComparison.Ordinal);
        Assert.DoesNotContain("<75", hit.Highlights["abstract"], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoText_HighlightsArePlainEscapedText()
    {
        var hit = _index.Search(new CatalogSearch { Text = "" }).Hits.Single(h => h.Resource.Code == Air.Code);

        Assert.Equal("空气质量监测数据", hit.Highlights["name"]);
        Assert.DoesNotContain("<em>", hit.Highlights["abstract"], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_NoText_CountsFacetsOverAllPublishedWithChineseLabels()
    {
        var facets = _index.Search(new CatalogSearch { PageSize = 1 }).Facets;

        Assert.Equal(new FacetValue("3", "河南省生态环境厅", 2), facets[CatalogFacets.Provider][0]);
        Assert.Equal(new FacetValue("unconditional", "无条件共享", 3), facets[CatalogFacets.ShareType][0]);
        Assert.Equal(new FacetValue("conditional", "有条件共享", 2), facets[CatalogFacets.ShareType][1]);
        Assert.Contains(new FacetValue("101", "人口", 1), facets[CatalogFacets.Classification]);
        Assert.Contains(new FacetValue("211", "生态环保", 2), facets[CatalogFacets.Classification]);
        Assert.Contains(new FacetValue("2", "主题信息资源", 3), facets[CatalogFacets.Class]);
        Assert.Contains(new FacetValue("410100", "郑州市", 1), facets[CatalogFacets.Region]);
        Assert.Contains(new FacetValue("生态环境", "生态环境", 2), facets[CatalogFacets.Theme]);
        Assert.Equal([new FacetValue("published", "已发布", 5)], facets[CatalogFacets.Status]);
    }

    [Fact]
    public void Search_AnyQuery_ReturnsEveryFacetName()
    {
        var facets = _index.Search(new CatalogSearch { Text = "不存在的词语组合" }).Facets;

        Assert.Equal(11, facets.Count);
        Assert.All(facets.Values, Assert.Empty);
    }

    [Fact]
    public void Search_TwoValuesOfOneField_MatchesEither()
    {
        var results = _index.Search(new CatalogSearch { Providers = ["1", "2"] });

        Assert.Equal([Population.Code, Enterprise.Code], Codes(results).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_FiltersOnTwoFields_MatchesBoth()
    {
        var results = _index.Search(new CatalogSearch { ShareTypes = ["conditional"], Grades = ["important"], Themes = ["社会救助"] });

        Assert.Equal(Subsistence.Code, Assert.Single(results.Hits).Resource.Code);
    }

    [Fact]
    public void Search_MultiValuedTheme_MatchesAnyOfItsThemes()
    {
        var results = _index.Search(new CatalogSearch { Themes = ["资源能源"] });

        Assert.Equal(Water.Code, Assert.Single(results.Hits).Resource.Code);
    }

    [Fact]
    public void Search_FilterByChineseLabel_SameAsMemberName()
    {
        var results = _index.Search(new CatalogSearch { ShareTypes = ["有条件共享"] });

        Assert.Equal(2, results.Total);
    }

    [Fact]
    public void Search_FilterOnField_FacetOfThatFieldIgnoresOwnFilter()
    {
        var results = _index.Search(new CatalogSearch { ShareTypes = ["conditional"] });

        Assert.Equal(2, results.Total);
        Assert.Contains(new FacetValue("unconditional", "无条件共享", 3), results.Facets[CatalogFacets.ShareType]);
        Assert.Equal(["1", "4"], results.Facets[CatalogFacets.Provider].Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_Default_HidesDrafts()
    {
        var results = _index.Search(new CatalogSearch { Text = "交通流量" });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Search_StatusesIncludeDraft_ShowsDrafts()
    {
        var results = _index.Search(new CatalogSearch { Text = "交通流量", Statuses = new HashSet<string> { "draft", "published" } });

        Assert.Equal(TrafficDraft.Code, Assert.Single(results.Hits).Resource.Code);
        Assert.Contains(new FacetValue("draft", "草稿", 1), results.Facets[CatalogFacets.Status]);
    }

    [Fact]
    public void Search_NoText_SortsByDateNewestFirst()
    {
        var results = _index.Search(new CatalogSearch());

        Assert.Equal([Air.Code, Enterprise.Code, Subsistence.Code, Population.Code, Water.Code], Codes(results));
        Assert.All(results.Hits, h => Assert.Equal(0, h.Score));
    }

    [Fact]
    public void Search_SortByName_UsesPinyinOrder()
    {
        var results = _index.Search(new CatalogSearch { Sort = SearchSort.Name });

        // 地表水 (dì), 空气 (kōng), 企业 (qǐ), 人口 (rén), 最低 (zuì)
        Assert.Equal([Water.Code, Air.Code, Enterprise.Code, Population.Code, Subsistence.Code], Codes(results));
    }

    [Fact]
    public void Search_TextSortedByDate_KeepsMatchesOnlyAndScores()
    {
        var results = _index.Search(new CatalogSearch { Text = "监测数据", Sort = SearchSort.Date });

        Assert.Equal([Air.Code, Water.Code], Codes(results));
        Assert.All(results.Hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void Search_Pages_AreDisjointAndCoverAll()
    {
        var pages = Enumerable.Range(1, 4).Select(p => _index.Search(new CatalogSearch { Page = p, PageSize = 2 })).ToList();

        Assert.All(pages, p => Assert.Equal(5, p.Total));
        Assert.Equal([2, 2, 1, 0], pages.Select(p => p.Hits.Count));
        Assert.Equal(5, pages.SelectMany(Codes).Distinct().Count());
        Assert.Equal(3, pages[2].Page);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    public void Search_BadPage_Throws(int page, int pageSize) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _index.Search(new CatalogSearch { Page = page, PageSize = pageSize }));

    [Theory]
    [InlineData("(( AND OR : * ? ~ ^ [ ]")]
    [InlineData("\"人口")]
    [InlineData("name:人口 AND abstract:*")]
    [InlineData("\\ / ! { } - + && ||")]
    [InlineData("　，。！？")]
    [InlineData("<script>alert(1)</script>")]
    public void Search_HostileText_DoesNotThrow(string text)
    {
        var results = _index.Search(new CatalogSearch { Text = text });

        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Search_OperatorsAroundWord_StillFindsWord()
    {
        var results = _index.Search(new CatalogSearch { Text = "人口 AND (" });

        Assert.Contains(results.Hits, h => h.Resource.Code == Population.Code);
    }

    [Fact]
    public void Upsert_ExistingCode_ReplacesWithoutDuplicate()
    {
        var renamed = Population with { Metadata = Population.Metadata with { Name = "常住人口信息" }, Version = 2 };

        _index.Upsert(renamed);

        var results = _index.Search(new CatalogSearch { Text = "常住" });
        Assert.Equal(2, Assert.Single(results.Hits).Resource.Version);
        Assert.Equal(All.Count, _index.Count);
        Assert.Equal(5, _index.Search(new CatalogSearch()).Total);
    }

    [Fact]
    public void Upsert_PublishedDraft_VisibleToNextSearch()
    {
        _index.Upsert(TrafficDraft with { Status = ResourceStatus.Published });

        var results = _index.Search(new CatalogSearch { Text = "交通流量" });

        Assert.Equal(TrafficDraft.Code, Assert.Single(results.Hits).Resource.Code);
    }

    [Fact]
    public void UpsertMany_NewResources_AddsAllInOneCall()
    {
        var extra = Enumerable.Range(2, 3).Select(i => Water with { Code = $"211001000-00000{i + 1}" }).ToList();

        _index.UpsertMany(extra);

        Assert.Equal(All.Count + 3, _index.Count);
        Assert.Equal(4, _index.Search(new CatalogSearch { Text = "水质" }).Total);
    }

    [Fact]
    public void Search_RoundTrip_HydratesWholeResourceFromIndex()
    {
        var hit = _index.Search(new CatalogSearch { Text = "人口" }).Hits[0];

        Assert.Equal(Population.Metadata.Items, hit.Resource.Metadata.Items);
        Assert.Equal(Population.Provider, hit.Resource.Provider);
        Assert.Equal(Population.UpdatedAt, hit.Resource.UpdatedAt);
    }

    [Fact]
    public async Task Search_ConcurrentWithUpserts_AlwaysSeesEveryPublishedResource()
    {
        var writes = Task.Run(() =>
        {
            for (var i = 0; i < 20; i++)
            {
                _index.Upsert(Air with { Version = i + 2 });
            }
        });
        var reads = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!writes.IsCompleted)
            {
                Assert.Equal(5, _index.Search(new CatalogSearch { Text = "" }).Total);
            }
        }));
        await Task.WhenAll([writes, .. reads]);

        Assert.Equal(21, _index.Search(new CatalogSearch { Text = "空气" }).Hits[0].Resource.Version);
    }

    [Fact]
    public void Open_EmptyDirectory_BuildsFromResources()
    {
        Assert.True(_index.WasRebuilt);
        Assert.Equal(All.Count, _index.Count);
    }

    [Fact]
    public void Open_ExistingIndex_KeepsItWithoutLoading()
    {
        _index.Dispose();

        using var other = Reopen(() => throw new InvalidOperationException("must not load"));

        Assert.False(other.WasRebuilt);
        Assert.Equal(All.Count, other.Count);
    }

    [Fact]
    public void Open_IndexFileDeleted_Rebuilds()
    {
        _index.Dispose();
        var file = System.IO.Directory.GetFiles(_path, "_*").First();
        File.Delete(file);

        using var other = Reopen(() => All);

        Assert.True(other.WasRebuilt);
        Assert.Equal(All.Count, other.Count);
        Assert.Equal(Population.Code, other.Search(new CatalogSearch { Text = "人口" }).Hits[0].Resource.Code);
    }

    [Fact]
    public void Open_GarbageInSegmentsFile_Rebuilds()
    {
        _index.Dispose();
        foreach (var file in System.IO.Directory.GetFiles(_path, "segments*"))
        {
            File.WriteAllBytes(file, [.. Enumerable.Range(0, 64).Select(i => (byte)(i * 37))]);
        }

        using var other = Reopen(() => All);

        Assert.True(other.WasRebuilt);
        Assert.Equal(All.Count, other.Count);
    }

    [Fact]
    public void Open_GarbageInSegmentData_Rebuilds()
    {
        _index.Dispose();
        var file = System.IO.Directory.GetFiles(_path, "_*").OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(file, bytes);

        using var other = Reopen(() => All);

        Assert.True(other.WasRebuilt);
        Assert.Equal(All.Count, other.Count);
    }

    [Fact]
    public void Open_OtherSchemaVersion_Rebuilds()
    {
        _index.Dispose();
        WriteIndexWithSchema("0");

        using var other = Reopen(() => All);

        Assert.True(other.WasRebuilt);
        Assert.Equal(5, other.Search(new CatalogSearch()).Total);
    }

    [Fact]
    public async Task OpenAsync_EmptyDirectory_BuildsFromAsyncResources()
    {
        var path = _path + "-async";
        try
        {
            using var index = await CatalogIndex.OpenAsync(path, ct => All.ToAsyncEnumerable());

            Assert.True(index.WasRebuilt);
            Assert.Equal(All.Count, index.Count);
        }
        finally
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
    }

    private CatalogIndex Reopen(Func<IEnumerable<Resource>> resources) => CatalogIndex.Open(_path, resources);

    private void WriteIndexWithSchema(string schema)
    {
        using var directory = FSDirectory.Open(_path);
        using var analyzer = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE });
        writer.AddDocument(new Document { new StringField("code", "old", Field.Store.YES) });
        writer.SetCommitData(new Dictionary<string, string> { ["zhongyuan.catalog.schema"] = schema });
        writer.Commit();
    }

    private static List<string> Codes(SearchResults results) => [.. results.Hits.Select(h => h.Resource.Code)];
}
