using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Zhongyuan.Search;

/// <summary>
/// Collects the hits of a query into <c>hits</c> and counts facets over all of them, drill-sideways: the query
/// itself carries only the text and the statuses; the facet filters are checked here. A document that passes
/// every filter is a hit and counts for every facet; one that fails exactly one filter counts only for that
/// facet, which is the count the facet would show with its own filter removed; one that fails more is skipped.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly IReadOnlySet<string>?[] _filters;
    private readonly int[] _filtered;
    private readonly Dictionary<string, int>[] _counts;
    private readonly Dictionary<string, string>[] _labels;
    private SegmentFacets? _segment;
    private bool[][] _allowed = [];
    private int[][] _segmentCounts = [];

    /// <param name="hits">Receives the documents that pass every filter.</param>
    /// <param name="filters">Per facet in the order of <see cref="FacetField.All"/>, the allowed values, or null.</param>
    public FacetCollector(ICollector hits, IReadOnlySet<string>?[] filters)
    {
        _hits = hits;
        _filters = filters;
        _filtered = [.. Enumerable.Range(0, filters.Length).Where(i => filters[i] is not null)];
        _counts = [.. FacetField.All.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _labels = [.. FacetField.All.Select(_ => new Dictionary<string, string>(StringComparer.Ordinal))];
    }

    /// <summary>The number of documents that passed every filter.</summary>
    public int Total { get; private set; }

    /// <inheritdoc />
    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    /// <inheritdoc />
    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    /// <inheritdoc />
    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _hits.SetNextReader(context);
        _segment = SegmentFacets.For(context.AtomicReader);
        var fields = _segment.Fields;
        _allowed = [.. fields.Select((f, i) => _filters[i] is { } values ? f.Allowed(values) : [])];
        _segmentCounts = [.. fields.Select(f => new int[f.Values.Length])];
    }

    /// <inheritdoc />
    public void Collect(int doc)
    {
        var fields = _segment!.Fields;
        var failed = -1;
        foreach (var i in _filtered)
        {
            if (!fields[i].AnyAllowed(doc, _allowed[i]))
            {
                if (failed >= 0)
                {
                    return;
                }
                failed = i;
            }
        }
        if (failed >= 0)
        {
            fields[failed].Count(doc, _segmentCounts[failed]);
            return;
        }
        _hits.Collect(doc);
        Total++;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i].Count(doc, _segmentCounts[i]);
        }
    }

    /// <summary>The facet counts, once the search has run.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets()
    {
        Flush();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var i = 0; i < FacetField.All.Count; i++)
        {
            var facet = FacetField.All[i];
            var labels = _labels[i];
            result[facet.Name] = [.. _counts[i]
                .Select(p => new FacetValue(p.Key, labels.GetValueOrDefault(p.Key) ?? facet.Label(p.Key), p.Value))
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)];
        }
        return result;
    }

    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            Accumulate(_segment.Fields[i], _segmentCounts[i], _counts[i], _labels[i]);
        }
        _segment = null;
    }

    private static void Accumulate(SegmentField field, int[] counts, Dictionary<string, int> totals, Dictionary<string, string> labels)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0)
            {
                continue;
            }
            var value = field.Values[ord];
            totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            if (field.Labels[ord] is { } label)
            {
                labels[value] = label;
            }
        }
    }
}
