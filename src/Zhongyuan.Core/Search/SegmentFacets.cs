using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Zhongyuan.Search;

/// <summary>
/// The facet values of one index segment, read once from its doc values into flat arrays so that counting
/// and filtering a hit is a few array reads; likewise the update time for the date sort. Segments are immutable, so the arrays are cached per segment
/// core and dropped with it; a new segment is loaded when the searcher is refreshed (see <see cref="WarmingSearcherFactory"/>).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = [];

    private SegmentFacets(SegmentField[] fields, long[] updated, int[] nameOrds, int[] codeOrds)
    {
        Fields = fields;
        Updated = updated;
        NameOrds = nameOrds;
        CodeOrds = codeOrds;
    }

    /// <summary>Per facet, in the order of <see cref="FacetField.All"/>.</summary>
    public SegmentField[] Fields { get; }

    /// <summary><see cref="CatalogDocument.Updated"/> (UTC ticks) per document, for the date sort.</summary>
    public long[] Updated { get; }

    /// <summary>The segment ordinal of <see cref="CatalogDocument.NameSort"/> per document (-1 for none), for the name sort.</summary>
    public int[] NameOrds { get; }

    /// <summary>The segment ordinal of <see cref="CatalogDocument.CodeSort"/> per document (-1 for none), the name sort's tie-break.</summary>
    public int[] CodeOrds { get; }

    /// <summary>The facet values of a segment, loaded on first use.</summary>
    public static SegmentFacets For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacets([.. FacetField.All.Select(f => Load(reader, f))], LoadUpdated(reader),
            LoadOrds(reader, CatalogDocument.NameSort), LoadOrds(reader, CatalogDocument.CodeSort)));

    private static int[] LoadOrds(AtomicReader reader, string field)
    {
        var ords = new int[reader.MaxDoc];
        var dv = reader.GetSortedDocValues(field);
        for (var doc = 0; doc < ords.Length; doc++)
        {
            ords[doc] = dv?.GetOrd(doc) ?? -1;
        }
        return ords;
    }

    private static long[] LoadUpdated(AtomicReader reader)
    {
        var updated = new long[reader.MaxDoc];
        if (reader.GetNumericDocValues(CatalogDocument.Updated) is { } dv)
        {
            for (var doc = 0; doc < updated.Length; doc++)
            {
                updated[doc] = dv.Get(doc);
            }
        }
        return updated;
    }

    private static SegmentField Load(AtomicReader reader, FacetField facet)
    {
        var maxDoc = reader.MaxDoc;
        var dv = reader.GetSortedSetDocValues(facet.DocValuesName);
        if (dv is null)
        {
            return new SegmentField(null, new int[maxDoc + 1], [], [], []);
        }
        var (values, labels) = ReadValues(dv);
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            dv.SetDocument(doc);
            for (var ord = dv.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = dv.NextOrd())
            {
                ords.Add((int)ord);
            }
        }
        starts[maxDoc] = ords.Count;
        return new SegmentField(SingleValued(starts, ords), starts, [.. ords], values, labels);
    }

    /// <summary>One ordinal per document (-1 for none) when no document has two values, else null.</summary>
    private static int[]? SingleValued(int[] starts, List<int> ords)
    {
        var single = new int[starts.Length - 1];
        for (var doc = 0; doc < single.Length; doc++)
        {
            var count = starts[doc + 1] - starts[doc];
            if (count > 1)
            {
                return null;
            }
            single[doc] = count == 0 ? -1 : ords[starts[doc]];
        }
        return single;
    }

    private static (string[] Values, string?[] Labels) ReadValues(SortedSetDocValues dv)
    {
        var count = (int)dv.ValueCount;
        var values = new string[count];
        var labels = new string?[count];
        var bytes = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            dv.LookupOrd(ord, bytes);
            var text = bytes.Utf8ToString();
            var cut = text.IndexOf(FacetField.LabelSeparator, StringComparison.Ordinal);
            (values[ord], labels[ord]) = cut < 0 ? (text, null) : (text[..cut], text[(cut + 1)..]);
        }
        return (values, labels);
    }
}
