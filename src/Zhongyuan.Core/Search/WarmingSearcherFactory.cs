using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Zhongyuan.Search;

/// <summary>
/// Loads the facet arrays of new segments when the searcher is refreshed after a write, so the first search
/// after an update does not pay for it.
/// </summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    /// <inheritdoc />
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            SegmentFacets.For(leaf.AtomicReader);
        }
        return new IndexSearcher(reader);
    }
}
