using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

internal sealed partial class RowsQueryBuilder
{
    private string Filter(FilterNode node) => node switch
    {
        FilterNode.And { Nodes.Count: 0 } => "TRUE",
        FilterNode.Or { Nodes.Count: 0 } => "FALSE",
        // Conditions on computed (masked) columns last: DuckDB evaluates a conjunction left to right on the rows the
        // earlier parts kept, so the masking functions run on as few rows as the plain conditions leave.
        FilterNode.And a => "(" + string.Join(" AND ", a.Nodes.OrderBy(n => UsesComputed(n) ? 1 : 0).Select(Filter)) + ")",
        FilterNode.Or o => "(" + string.Join(" OR ", o.Nodes.Select(Filter)) + ")",
        FilterNode.Not n => "(NOT " + Filter(n.Node) + ")",
        FilterNode.Condition c => Condition(c),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown filter node."),
    };

    private string Condition(FilterNode.Condition c)
    {
        var column = Column(c.Column, "filter");
        var q = IngestColumn.Quote(column.Name);
        CheckArity(c);
        if (c.Op is FilterOp.Equal or FilterOp.In && _keyIndex is { } index && index.Column == column.Name && !_late.ContainsKey(column.Name))
        {
            return KeyLookup(column, q, c, index.Source);
        }
        return c.Op switch
        {
            FilterOp.IsNull => q + " IS NULL",
            FilterOp.IsNotNull => q + " IS NOT NULL",
            FilterOp.In => q + " IN (" + string.Join(", ", c.Values.Select(v => Value(column, v))) + ")",
            FilterOp.NotIn => q + " NOT IN (" + string.Join(", ", c.Values.Select(v => Value(column, v))) + ")",
            FilterOp.Like => WithRawNecessity(column, q + " LIKE " + Pattern(column, c.Values[0]) + " ESCAPE '\\'", c.Values[0]),
            FilterOp.NotLike => q + " NOT LIKE " + Pattern(column, c.Values[0]) + " ESCAPE '\\'",
            _ => q + " " + Comparison(c.Op) + " " + Value(column, c.Values[0]),
        };
    }

    /// <summary>
    /// An <c>=</c>/<c>in</c> on the indexed key, plus an implied condition that changes no result: <c>_zy_row</c> within the
    /// smallest and largest row number of the matching keys. A setup statement looks that range up in the small index
    /// sorted by key hash and keeps it in a session variable, which DuckDB reads as a constant when it plans the query, so the
    /// version's row-group statistics skip every group outside it. (Inside the query, as subqueries, the lookups cost
    /// 10 ms each at 10 M rows; as a semi-join they gave DuckDB only a dynamic filter that pruned nothing.)
    /// </summary>
    private string KeyLookup(IngestColumn column, string q, FilterNode.Condition c, string index)
    {
        var values = c.Op == FilterOp.Equal ? [TypedValue(column, c.Values[0])] : c.Values.Select(v => TypedValue(column, v)).ToList();
        var numbered = values.Select((_, i) => "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var variable = "zy_key_" + _setup.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var row = IngestColumn.Quote(IngestColumn.RowId);
        // The index holds hash(key) of the stored (typed) value: hash the value as that type. It numbers rows by _zy_row;
        // the range applies to the view's position column (the file row number, where _zy_row is computed from it).
        var hashes = string.Join(", ", numbered.Select(n => $"hash(CAST({n} AS {IngestColumn.DuckDbType(column.Type)}))"));
        var offset = _position.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _setup.Add(($"SET VARIABLE {variable} = (SELECT {{'lo': min({row}) - {offset}, 'hi': max({row}) - {offset}}} FROM {index} " +
            $"WHERE {DataPlane.KeyHashColumn} IN ({hashes}))", values));
        var condition = c.Op == FilterOp.Equal ? q + " = " + Parameter(values[0]) : q + " IN (" + string.Join(", ", values.Select(Parameter)) + ")";
        return $"({condition} AND {IngestColumn.Quote(_position.Column)} BETWEEN getvariable('{variable}').lo AND getvariable('{variable}').hi)";
    }

    /// <summary>The masking functions whose output is a verbatim prefix of the raw text followed by <c>*</c> (name, address).</summary>
    private static readonly string[] PrefixMasks = ["zy_mask_name(", "zy_mask_address("];

    /// <summary>
    /// A <c>like</c> on a column a view masks by keeping a verbatim prefix of the raw text and starring the rest (name,
    /// address): every literal run of the pattern without <c>*</c> must then occur in the raw value too. Adding
    /// that as a condition on the raw column changes no result (it is implied), but lets DuckDB push it below the view,
    /// so the mask runs only on rows that can match instead of on every scanned row.
    /// </summary>
    private string WithRawNecessity(IngestColumn column, string like, string pattern)
    {
        if (!_late.TryGetValue(column.Name, out var late) || !PrefixMasks.Any(m => late.Sql.StartsWith(m, StringComparison.Ordinal)))
        {
            return like;
        }
        var runs = LiteralRuns(pattern).Where(r => r.Length > 0 && !r.Contains('*', StringComparison.Ordinal)).ToList();
        // The raw conditions first, so the mask runs only on the rows they keep.
        return runs.Count == 0 ? like
            : "(" + string.Concat(runs.Select(r => $"{IngestColumn.Quote(late.Raw)} LIKE {Parameter("%" + EscapeLike(r) + "%")} ESCAPE '\\' AND ")) + like + ")";
    }

    /// <summary>Whether a filter names a column the view computes (a masked one).</summary>
    private bool UsesComputed(FilterNode node) => node switch
    {
        FilterNode.And a => a.Nodes.Any(UsesComputed),
        FilterNode.Or o => o.Nodes.Any(UsesComputed),
        FilterNode.Not n => UsesComputed(n.Node),
        FilterNode.Condition c => _late.ContainsKey(c.Column),
        _ => false,
    };

    /// <summary>The literal runs of a like pattern (escape <c>\</c>), split at the unescaped wildcards <c>%</c> and <c>_</c>.</summary>
    internal static IEnumerable<string> LiteralRuns(string pattern)
    {
        var run = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch == '\\' && i + 1 < pattern.Length)
            {
                run.Append(pattern[++i]);
            }
            else if (ch is '%' or '_')
            {
                yield return run.ToString();
                run.Clear();
            }
            else
            {
                run.Append(ch);
            }
        }
        yield return run.ToString();
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static void CheckArity(FilterNode.Condition c)
    {
        var ok = c.Op switch
        {
            FilterOp.IsNull or FilterOp.IsNotNull => c.Values.Count == 0,
            FilterOp.In or FilterOp.NotIn => c.Values.Count > 0,
            _ => c.Values.Count == 1,
        };
        if (!ok)
        {
            throw QueryException.Of(
                "filter", "filter_values", $"“{c.Column}”的条件值个数不对（{c.Op}）", $"Wrong number of values in the condition on \"{c.Column}\" ({c.Op})");
        }
    }

    private string Value(IngestColumn column, string text) => Parameter(TypedValue(column, text));

    private static object TypedValue(IngestColumn column, string text)
    {
        if (column.Type != ItemDataType.Binary && ColumnValues.TryParse(column.Type, text, out var value))
        {
            return value;
        }

        var type = ColumnValues.TypeName(column.Type);
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        throw QueryException.Of(
            "filter",
            "value_type_mismatch",
            $"列“{column.Name}”为{type.Zh}，值“{shown}”不符合该类型",
            $"Column \"{column.Name}\" is {type.En}; the value \"{shown}\" does not fit");
    }

    private string Pattern(IngestColumn column, string pattern) => column.Type == ItemDataType.Text
        ? Parameter(pattern)
        : throw QueryException.Of(
            "filter", "like_requires_text", $"like 只能用于字符型列，“{column.Name}”不是", $"like applies to text columns only; \"{column.Name}\" is not text");

    private static string Comparison(FilterOp op) => op switch
    {
        FilterOp.Equal => "=",
        FilterOp.NotEqual => "<>",
        FilterOp.Less => "<",
        FilterOp.LessOrEqual => "<=",
        FilterOp.Greater => ">",
        FilterOp.GreaterOrEqual => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a comparison."),
    };
}
