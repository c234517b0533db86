using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

internal sealed partial class RowsQueryBuilder
{
    /// <summary>The prefix of hidden view columns; a request can never name them (they are not view columns).</summary>
    public const string HiddenPrefix = "_zy_hidden_";

    /// <summary>The prefix of the raw values of computed view columns (see <see cref="RowsView.Late"/>); never selectable by a request.</summary>
    public const string RawPrefix = "_zy_raw_";

    /// <summary>
    /// The SQL of a projecting view: one scan of the base with the row filter on stored values, each output column as
    /// stored, through a function, or null, then the hidden columns and the row number. Filters over the view see only
    /// the outputs, so a condition on a masked column is a condition on the masked value.
    /// </summary>
    public static (string Sql, IReadOnlyList<object> Parameters, IReadOnlyList<IngestColumn> Columns, IReadOnlyList<string> Hidden, IReadOnlyDictionary<string, (string Raw, string Sql)> Late) View(
        RowsView source, FilterNode? rowFilter, IReadOnlyList<ViewColumn> projection, IReadOnlyList<string> hidden)
    {
        // The view is one SQL text with no setup of its own, so its row filter does not use the key index.
        var b = new RowsQueryBuilder(source, useKeyIndex: false);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var output = new List<IngestColumn>();
        var expressions = new List<string>();
        var late = new Dictionary<string, (string Raw, string Sql)>(StringComparer.Ordinal);
        foreach (var p in projection.Where(p => seen.Add(p.Name)))
        {
            var column = b.Column(p.Name, "select");
            var argument = p.Argument is null ? "" : ", " + b.Parameter(p.Argument);
            var (expression, type) = Expression(column, p, IngestColumn.Quote(column.Name), argument);
            expressions.Add(expression + " AS " + IngestColumn.Quote(column.Name));
            output.Add(column with { Type = type });
            if (p.Function is not null || p.Redact)
            {
                // The raw value under a name no request can use, for computing the column after paging.
                var raw = RawPrefix + late.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                expressions.Add(IngestColumn.Quote(column.Name) + " AS " + IngestColumn.Quote(raw));
                late[column.Name] = (raw, Expression(column, p, IngestColumn.Quote(raw), argument).Sql);
            }
        }

        var hiddenNames = hidden.Select((_, i) => HiddenPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        expressions.AddRange(hidden.Select((h, i) => IngestColumn.Quote(b.Column(h, "hidden").Name) + " AS " + IngestColumn.Quote(hiddenNames[i])));
        expressions.Add(IngestColumn.Quote(IngestColumn.RowId));
        if (source.Position.Column != IngestColumn.RowId)
        {
            expressions.Add(IngestColumn.Quote(source.Position.Column));
        }
        output.Add(new IngestColumn(IngestColumn.RowId, ItemDataType.Integer, false));
        var sql = "(SELECT " + string.Join(", ", expressions) + " FROM " + b._source + b.Where(rowFilter, null) + ")";
        return (sql, b._parameters, output, hiddenNames, late);
    }

    private static (string Sql, ItemDataType Type) Expression(IngestColumn column, ViewColumn p, string q, string argument)
    {
        if (p.Redact)
        {
            return ("CAST(NULL AS " + IngestColumn.DuckDbType(column.Type) + ")", column.Type);
        }

        if (p.Function is null)
        {
            return (q, column.Type);
        }

        if (p.Function.Length == 0 || !p.Function.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException($"Not a function name: {p.Function}", nameof(p));
        }

        return (p.Function + "(CAST(" + q + " AS VARCHAR)" + argument + ")", ItemDataType.Text);
    }
}
