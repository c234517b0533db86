using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>Translates <c>datastore_search</c> parameters to a rows query of a dataset version.</summary>
public static class CkanDatastore
{
    /// <summary>CKAN's default page size.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The CKAN DataStore type of an item type.</summary>
    public static string TypeOf(ItemDataType type) => type switch
    {
        ItemDataType.Integer => "int",
        ItemDataType.Decimal => "numeric",
        ItemDataType.Date => "date",
        ItemDataType.Timestamp => "timestamp",
        ItemDataType.Boolean => "bool",
        _ => "text",
    };

    /// <summary>
    /// The filter of a search: every <paramref name="filters"/> entry (column → value, or → list of values: any
    /// of them) must hold, and when <paramref name="q"/> is given, some text column must contain it (case as
    /// typed; CKAN's PostgreSQL full-text search has no counterpart here). Null when nothing filters.
    /// </summary>
    public static FilterNode? Filter(IReadOnlyDictionary<string, IReadOnlyList<string>> filters, string? q, IReadOnlyList<IngestColumn> columns)
    {
        var nodes = new List<FilterNode>();
        foreach (var (column, values) in filters)
        {
            nodes.Add(values.Count == 1 ? new FilterNode.Condition(column, FilterOp.Equal, values[0]) : new FilterNode.Condition(column, FilterOp.In, values));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = "%" + EscapeLike(q.Trim()) + "%";
            var text = columns.Where(c => c.Type == ItemDataType.Text && c.Name != IngestColumn.RowId)
                .Select(c => (FilterNode)new FilterNode.Condition(c.Name, FilterOp.Like, pattern)).ToList();
            nodes.Add(new FilterNode.Or(text));
        }
        return nodes.Count switch
        {
            0 => null,
            1 => nodes[0],
            _ => new FilterNode.And(nodes),
        };
    }

    /// <summary>Parses CKAN's sort (<c>col asc, other desc</c>; names may be double-quoted).</summary>
    /// <exception cref="QueryException">A malformed sort.</exception>
    public static IReadOnlyList<SortKey> Sort(string? sort) => FilterParser.ParseSort(sort);

    /// <summary>Turns rows into CKAN records (one object per row).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Records(RowsPage page) =>
        [.. page.Rows.Select(row => (IReadOnlyDictionary<string, object?>)page.Columns.Select((c, i) => (c.Name, Value: row[i]))
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal))];

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
