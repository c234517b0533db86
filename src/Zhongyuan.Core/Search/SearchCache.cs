using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Lucene.Net.Index;

namespace Zhongyuan.Search;

/// <summary>
/// Whole results (facets and the hits of the page) of searches already answered by the current searcher.
/// Entries belong to one index reader: a search through another reader — after any write, the searcher is
/// refreshed before the write returns — never sees them, and the first result stored for a newer reader drops
/// the older entries. Results are immutable, so one instance can be returned to every caller. The blank
/// landing query is by far the most common search of a portal; most others repeat too (links, paging back).
/// </summary>
internal sealed class SearchCache(int capacity)
{
    private Generation? _current;

    /// <summary>The cached results of a search key through a reader, if any.</summary>
    public SearchResults? Find(IndexReader reader, string key)
    {
        var g = Volatile.Read(ref _current);
        return g is not null && ReferenceEquals(g.Reader, reader) && g.Entries.TryGetValue(key, out var results) ? results : null;
    }

    /// <summary>Keeps results computed through a reader, unless a newer reader is current or the cache is full.</summary>
    public void Add(IndexReader reader, string key, SearchResults results)
    {
        var g = Volatile.Read(ref _current);
        while (g is null || !ReferenceEquals(g.Reader, reader))
        {
            if (g is not null && g.Version > Version(reader))
            {
                return;
            }
            var replaced = Interlocked.CompareExchange(ref _current, new Generation(reader), g);
            g = ReferenceEquals(replaced, g) ? Volatile.Read(ref _current) : replaced;
        }
        if (g.Entries.Count < capacity)
        {
            g.Entries.TryAdd(key, results);
        }
    }

    /// <summary>
    /// The key of a search: its normalised text, filters (sorted), statuses, sort and page. Every value is
    /// length-prefixed, so no user input can make two different searches share a key.
    /// </summary>
    public static string Key(string? text, IReadOnlySet<string>?[] filters, IEnumerable<string> statuses, SearchSort sort, int page, int pageSize)
    {
        var key = new StringBuilder(64);
        Append(key, text?.Trim() ?? "");
        foreach (var filter in filters)
        {
            AppendAll(key, filter ?? Enumerable.Empty<string>());
        }
        AppendAll(key, statuses);
        return key.Append(CultureInfo.InvariantCulture, $"{(int)sort}|{page}|{pageSize}").ToString();
    }

    private static void AppendAll(StringBuilder key, IEnumerable<string> values)
    {
        var sorted = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        key.Append(sorted.Count).Append('[');
        foreach (var value in sorted)
        {
            Append(key, value);
        }
    }

    private static void Append(StringBuilder key, string value) => key.Append(value.Length).Append(':').Append(value);

    private static long Version(IndexReader reader) => (reader as DirectoryReader)?.Version ?? 0;

    private sealed class Generation(IndexReader reader)
    {
        public IndexReader Reader { get; } = reader;

        // Read now: the reader may be closed by the time a newer one comes along.
        public long Version { get; } = SearchCache.Version(reader);

        public ConcurrentDictionary<string, SearchResults> Entries { get; } = new(StringComparer.Ordinal);
    }
}
