using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Zhongyuan.Search;

/// <summary>
/// Keeps the first <c>size</c> hits in name order (<see cref="CatalogDocument.NameSort"/>, then
/// <see cref="CatalogDocument.CodeSort"/>, then document id, as Lucene's sort of the two fields does).
/// Within a segment hits are compared by the cached doc-values ordinals (two int compares); the per-segment
/// winners are merged by their bytes at the end. Lucene's sorting collector compared through two field
/// comparators per hit.
/// </summary>
internal sealed class NameTopCollector(int size) : ICollector
{
    private readonly List<Candidate> _candidates = [];
    private PriorityQueue<(int Doc, float Score), (int Name, int Code, int Doc)> _heap = NewHeap(size);
    private AtomicReaderContext? _context;
    private int[] _names = [];
    private int[] _codes = [];
    private Scorer? _scorer;

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => true;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => _scorer = scorer;

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        _context = context;
        var facets = SegmentFacets.For(context.AtomicReader);
        (_names, _codes) = (facets.NameOrds, facets.CodeOrds);
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var key = (_names[doc], _codes[doc], doc);
        if (_heap.Count < size)
        {
            _heap.Enqueue((doc, Score()), key);
        }
        else if (_heap.TryPeek(out _, out var worst) && Later.Instance.Compare(key, worst) > 0)
        {
            _heap.DequeueEnqueue((doc, Score()), key);
        }
    }

    /// <summary>The hits from <paramref name="start"/> on, at most <paramref name="count"/>, in name order.</summary>
    public ScoreDoc[] Page(int start, int count)
    {
        FinishSegment();
        return [.. _candidates.Order(Candidate.Comparer).Skip(start).Take(count).Select(c => new ScoreDoc(c.Doc, c.Score))];
    }

    private void FinishSegment()
    {
        if (_context is null)
        {
            return;
        }
        var names = _context.AtomicReader.GetSortedDocValues(CatalogDocument.NameSort);
        var codes = _context.AtomicReader.GetSortedDocValues(CatalogDocument.CodeSort);
        foreach (var (element, key) in _heap.UnorderedItems)
        {
            _candidates.Add(new Candidate(Bytes(names, key.Name), Bytes(codes, key.Code), _context.DocBase + element.Doc, element.Score));
        }
        _heap = NewHeap(size);
        _context = null;
    }

    private static BytesRef? Bytes(SortedDocValues? values, int ord)
    {
        if (values is null || ord < 0)
        {
            return null;
        }
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        // The doc values may hand out their own buffer, reused by the next lookup.
        return BytesRef.DeepCopyOf(bytes);
    }

    private float Score() => _scorer?.GetScore() ?? float.NaN;

    private static PriorityQueue<(int Doc, float Score), (int Name, int Code, int Doc)> NewHeap(int size) => new(size + 1, Later.Instance);

    /// <summary>Orders hits of one segment last first, so the heap's top is the hit to drop.</summary>
    private sealed class Later : IComparer<(int Name, int Code, int Doc)>
    {
        public static Later Instance { get; } = new();

        public int Compare((int Name, int Code, int Doc) x, (int Name, int Code, int Doc) y) =>
            x.Name != y.Name ? y.Name.CompareTo(x.Name) : x.Code != y.Code ? y.Code.CompareTo(x.Code) : y.Doc.CompareTo(x.Doc);
    }

    private sealed record Candidate(BytesRef? Name, BytesRef? Code, int Doc, float Score)
    {
        public static IComparer<Candidate> Comparer { get; } = Comparer<Candidate>.Create((x, y) =>
            Compare(x.Name, y.Name) is var byName and not 0 ? byName
            : Compare(x.Code, y.Code) is var byCode and not 0 ? byCode
            : x.Doc.CompareTo(y.Doc));

        // Missing values first, as Lucene's string sort does by default; bytes compared unsigned.
        private static int Compare(BytesRef? x, BytesRef? y) =>
            x is null ? (y is null ? 0 : -1) : y is null ? 1 : x.CompareTo(y);
    }
}
