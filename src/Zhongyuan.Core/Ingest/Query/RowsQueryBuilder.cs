using System.Text;

namespace Zhongyuan.Ingest.Query;

/// <summary>
/// Builds parameterised DuckDB SQL over one Parquet version or a <see cref="RowsView"/> of it. Identifiers are checked
/// against the view's columns and always quoted; every value is a typed parameter, numbered after the view's own.
/// No text from a request reaches the SQL.
/// </summary>
internal sealed partial class RowsQueryBuilder
{
    private readonly string _source;
    private readonly IReadOnlyList<IngestColumn> _visible;
    private readonly Dictionary<string, IngestColumn> _byName;
    private readonly List<object> _parameters;
    private readonly IReadOnlyDictionary<string, (string Raw, string Sql)> _late;
    private readonly (string Source, string Column)? _keyIndex;
    private readonly RowsView.RowPosition _position;
    private readonly List<(string Sql, IReadOnlyList<object> Parameters)> _setup = [];

    private RowsQueryBuilder(RowsView view, bool useKeyIndex = true)
    {
        _source = view.Source;
        _keyIndex = useKeyIndex ? view.KeyIndex : null;
        _position = view.Position;
        _late = view.Late;
        _parameters = [.. view.Parameters];
        _visible = [.. view.Columns.Where(c => c.Name != IngestColumn.RowId)];
        _byName = _visible.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>A page: the selected columns, then the sort values and the row number for the next cursor; limit + 1 rows to detect a further page.</summary>
    public static BuiltQuery Page(string parquetPath, IReadOnlyList<IngestColumn> columns, RowsRequest request) =>
        Page(RowsView.Of(parquetPath, columns), request);

    /// <summary>A page over a view: the selected columns, the sort values, the view's hidden columns, then the row number.</summary>
    public static BuiltQuery Page(RowsView view, RowsRequest request)
    {
        CheckPaging(request);
        var b = new RowsQueryBuilder(view);
        var select = b.Select(request.Select);
        var sort = b.Sort(request.Sort);
        var where = b.Where(request.Filter, request.After is null ? null : b.Keyset(sort, request.After));
        var sorted = sort.Select(k => k.Column.Name).ToHashSet(StringComparer.Ordinal);
        var late = select.Where(c => view.Late.ContainsKey(c.Name) && !sorted.Contains(c.Name)).ToDictionary(c => c.Name, c => view.Late[c.Name], StringComparer.Ordinal);
        var trailing = sort.Select(k => IngestColumn.Quote(k.Column.Name)).Concat(view.Hidden.Select(IngestColumn.Quote)).Append(IngestColumn.Quote(IngestColumn.RowId)).ToList();
        var innerColumns = select.Select(c => IngestColumn.Quote(late.TryGetValue(c.Name, out var l) ? l.Raw : c.Name)).Concat(trailing);
        var inner = new StringBuilder("SELECT ")
            .AppendJoin(", ", late.Count == 0 ? innerColumns : innerColumns.Distinct(StringComparer.Ordinal))
            .Append(" FROM ").Append(b._source).Append(where).Append(OrderBy(sort, b._position.Column))
            .Append(" LIMIT ").Append(b.Parameter((long)request.Limit + 1));
        if (request.Offset is { } offset)
        {
            inner.Append(" OFFSET ").Append(b.Parameter((long)offset));
        }

        if (late.Count == 0)
        {
            return new BuiltQuery(inner.ToString(), b._parameters, select, sort) { Hidden = view.Hidden.Count, Setup = b._setup };
        }

        // Computed columns the filter and sort do not need are computed on the page's rows only, after the limit.
        var sql = new StringBuilder("SELECT ")
            .AppendJoin(", ", select.Select(c => late.TryGetValue(c.Name, out var l) ? l.Sql + " AS " + IngestColumn.Quote(c.Name) : IngestColumn.Quote(c.Name)).Concat(trailing))
            .Append(" FROM (").Append(inner).Append(')').Append(OrderBy(sort, IngestColumn.RowId));
        return new BuiltQuery(sql.ToString(), b._parameters, select, sort) { Hidden = view.Hidden.Count, Setup = b._setup };
    }

    /// <summary>All matching rows of the selected columns in sort order, for exports (no paging, no hidden column).</summary>
    public static BuiltQuery Export(string parquetPath, IReadOnlyList<IngestColumn> columns, RowsRequest request) =>
        Export(RowsView.Of(parquetPath, columns), request);

    /// <summary>All matching rows of the selected columns of a view in sort order (no hidden column).</summary>
    public static BuiltQuery Export(RowsView view, RowsRequest request)
    {
        var b = new RowsQueryBuilder(view);
        var select = b.Select(request.Select);
        var sort = b.Sort(request.Sort);
        var unordered = "SELECT " + string.Join(", ", select.Select(c => IngestColumn.Quote(c.Name)))
            + " FROM " + b._source + b.Where(request.Filter, null);
        return new BuiltQuery(unordered + OrderBy(sort, b._position.Column), b._parameters, select, sort)
        {
            Setup = b._setup, InFileOrder = sort.Count == 0 && b._position.InFileOrder ? unordered : null,
        };
    }

    /// <summary>The number of matching rows, as one BIGINT.</summary>
    public static BuiltQuery Count(RowsView view, FilterNode? filter)
    {
        var b = new RowsQueryBuilder(view);
        var sql = "SELECT count(*) FROM " + b._source + b.Where(filter, null);
        return new BuiltQuery(sql, b._parameters, [], []) { Setup = b._setup };
    }

    /// <summary>Distinct values of a column with their counts, most frequent first (ties by value).</summary>
    public static BuiltQuery Distinct(RowsView view, string column, FilterNode? filter, int limit)
    {
        CheckLimit(limit);
        var b = new RowsQueryBuilder(view);
        var c = b.Column(column, "column");
        var q = IngestColumn.Quote(c.Name);
        var sql = $"SELECT {q}, count(*) AS n FROM {b._source}{b.Where(filter, null)} GROUP BY {q} ORDER BY n DESC, {q} NULLS LAST LIMIT {b.Parameter((long)limit)}";
        return new BuiltQuery(sql, b._parameters, [c], []) { Setup = b._setup };
    }

    /// <summary>The hidden columns of the first <paramref name="limit"/> rows matching a filter in sort order (e.g. the subject keys of an export).</summary>
    public static BuiltQuery Hidden(RowsView view, RowsRequest request, int limit)
    {
        var b = new RowsQueryBuilder(view);
        var sort = b.Sort(request.Sort);
        var sql = "SELECT " + string.Join(", ", view.Hidden.Select(IngestColumn.Quote)) + " FROM " + b._source + b.Where(request.Filter, null) + OrderBy(sort, b._position.Column)
            + " LIMIT " + b.Parameter((long)limit);
        return new BuiltQuery(sql, b._parameters, [], sort) { Setup = b._setup };
    }

    /// <summary>Quotes text as a DuckDB string literal (for platform-controlled paths only).</summary>
    public static string Literal(string text) => Conversion.SqlLiteral.Of(text);

    // The sort keys, then the row's position (the row number, or the file row number it is computed from: the same order).
    private static string OrderBy(IReadOnlyList<(IngestColumn Column, bool Descending)> sort, string position) =>
        " ORDER BY " + string.Concat(sort.Select(k => IngestColumn.Quote(k.Column.Name) + (k.Descending ? " DESC NULLS FIRST, " : " ASC NULLS LAST, ")))
        + IngestColumn.Quote(position) + " ASC";

    private string Parameter(object value)
    {
        _parameters.Add(value);
        return "$" + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private string Where(FilterNode? filter, string? keyset)
    {
        var parts = new List<string>(2);
        if (filter is not null)
        {
            FilterLimits.Check(filter);
            parts.Add(Filter(filter));
        }

        if (keyset is not null)
        {
            parts.Add(keyset);
        }

        return parts.Count == 0 ? "" : " WHERE " + string.Join(" AND ", parts);
    }
}
