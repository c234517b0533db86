using BenchmarkDotNet.Attributes;
using Zhongyuan.Search;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// <see cref="CatalogIndex.Search"/> for a few query shapes over an index of resources built without a
/// database (cached in the temp directory between runs),
/// with the result cache off except in <see cref="LandingCached"/>. Run with <c>-- micro [--count N]</c>.
/// </summary>
[MemoryDiagnoser]
public class SearchMicro
{
    private CatalogIndex? _index;

    /// <summary>The number of resources in the index (from <c>--count</c>, via an environment variable).</summary>
    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("ZY_BENCH_COUNT"), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 100_000;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"zy-bench-micro-{Count}");
        _index = CatalogIndex.Open(path, () => BenchCatalog.Resources(Count));
        _ = _index.Search(new CatalogSearch());
        // Every search below is computed; LandingCached shows the cache.
        _index.CacheResults = false;
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark(Baseline = true)]
    public SearchResults Landing() => _index!.Search(new CatalogSearch());

    [Benchmark]
    public SearchResults LandingCached()
    {
        _index!.CacheResults = true;
        try
        {
            return _index.Search(new CatalogSearch());
        }
        finally
        {
            _index.CacheResults = false;
        }
    }

    [Benchmark]
    public SearchResults NameSort() => _index!.Search(new CatalogSearch { Sort = SearchSort.Name });

    [Benchmark]
    public SearchResults Word() => _index!.Search(new CatalogSearch { Text = "人口" });

    [Benchmark]
    public SearchResults TwoWords() => _index!.Search(new CatalogSearch { Text = "企业 登记" });

    [Benchmark]
    public SearchResults Filtered() => _index!.Search(new CatalogSearch { ShareTypes = ["unconditional"], Themes = ["生态环境"] });

    [Benchmark]
    public SearchResults WordByDate() => _index!.Search(new CatalogSearch { Text = "登记", Sort = SearchSort.Date });
}
