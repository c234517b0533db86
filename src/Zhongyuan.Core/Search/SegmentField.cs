namespace Zhongyuan.Search;

/// <summary>
/// One facet of one segment. Ordinal <c>o</c> stands for <c>Values[o]</c> (with <c>Labels[o]</c> when a label was
/// stored with it). When every document has at most one value, <c>Single[d]</c> is the ordinal of document
/// <c>d</c> (or -1); otherwise the ordinals of document <c>d</c> are <c>Ords[Starts[d]..Starts[d + 1]]</c>.
/// </summary>
internal sealed class SegmentField(int[]? single, int[] starts, int[] ords, string[] values, string?[] labels)
{
    private readonly int[]? _single = single;
    private readonly int[] _starts = starts;
    private readonly int[] _ords = ords;

    /// <summary>The values by ordinal.</summary>
    public string[] Values { get; } = values;

    /// <summary>Labels stored with the values, by ordinal; null where none was.</summary>
    public string?[] Labels { get; } = labels;

    /// <summary>Whether a document has any value whose ordinal is allowed.</summary>
    public bool AnyAllowed(int doc, bool[] allowed)
    {
        if (_single is not null)
        {
            var ord = _single[doc];
            return ord >= 0 && allowed[ord];
        }
        for (var i = _starts[doc]; i < _starts[doc + 1]; i++)
        {
            if (allowed[_ords[i]])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Adds one to the count of each value of a document.</summary>
    public void Count(int doc, int[] counts)
    {
        if (_single is not null)
        {
            var ord = _single[doc];
            if (ord >= 0)
            {
                counts[ord]++;
            }
            return;
        }
        for (var i = _starts[doc]; i < _starts[doc + 1]; i++)
        {
            counts[_ords[i]]++;
        }
    }

    /// <summary>Which ordinals stand for one of the given values.</summary>
    public bool[] Allowed(IReadOnlySet<string> values) => [.. Values.Select(values.Contains)];
}
