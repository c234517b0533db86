using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Zhongyuan.Search;

/// <summary>
/// Keeps the newest <c>size</c> hits by <see cref="CatalogDocument.Updated"/> (ties: lower document id first, as
/// Lucene's sort does) in a small heap over the per-segment array of <see cref="SegmentFacets.Updated"/>.
/// Lucene's sorting collector goes through a field comparator per hit; as update times mostly grow with the
/// document id, nearly every hit displaced the bottom of its queue. Documents may arrive in any order; fed
/// newest segment and document first, almost none get past the bottom check.
/// </summary>
internal sealed class DateTopCollector(int size) : ICollector
{
    private readonly PriorityQueue<(int Doc, float Score), (long Ticks, int Doc)> _heap = new(size + 1, Worse.Instance);
    private long[] _updated = [];
    private int _docBase;
    private Scorer? _scorer;

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        _updated = SegmentFacets.For(context.AtomicReader).Updated;
        _docBase = context.DocBase;
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var key = (_updated[doc], _docBase + doc);
        if (_heap.Count < size)
        {
            _heap.Enqueue((key.Item2, Score()), key);
        }
        else if (_heap.TryPeek(out _, out var worst) && Worse.Instance.Compare(key, worst) > 0)
        {
            _heap.DequeueEnqueue((key.Item2, Score()), key);
        }
    }

    /// <summary>The hits from <paramref name="start"/> on, at most <paramref name="count"/>, newest first.</summary>
    public ScoreDoc[] Page(int start, int count) =>
    [
        .. _heap.UnorderedItems.OrderByDescending(e => e.Priority.Ticks).ThenBy(e => e.Priority.Doc)
            .Skip(start).Take(count).Select(e => new ScoreDoc(e.Element.Doc, e.Element.Score)),
    ];

    private float Score() => _scorer?.GetScore() ?? float.NaN;

    /// <summary>Orders hits worst first: older, then (same time) higher document id.</summary>
    private sealed class Worse : IComparer<(long Ticks, int Doc)>
    {
        public static Worse Instance { get; } = new();

        public int Compare((long Ticks, int Doc) x, (long Ticks, int Doc) y) =>
            x.Ticks != y.Ticks ? x.Ticks.CompareTo(y.Ticks) : y.Doc.CompareTo(x.Doc);
    }
}
