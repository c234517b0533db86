using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Query;

internal sealed partial class RowsQueryBuilder
{
    private string Filter(FilterNode node) => node switch
    {
        FilterNode.And { Nodes.Count: 0 } => "TRUE",
        FilterNode.Or { Nodes.Count: 0 } => "FALSE",
        FilterNode.And a => "(" + string.Join(" AND ", a.Nodes.Select(Filter)) + ")",
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
        return c.Op switch
        {
            FilterOp.IsNull => q + " IS NULL",
            FilterOp.IsNotNull => q + " IS NOT NULL",
            FilterOp.In => q + " IN (" + string.Join(", ", c.Values.Select(v => Value(column, v))) + ")",
            FilterOp.NotIn => q + " NOT IN (" + string.Join(", ", c.Values.Select(v => Value(column, v))) + ")",
            FilterOp.Like => q + " LIKE " + Pattern(column, c.Values[0]) + " ESCAPE '\\'",
            FilterOp.NotLike => q + " NOT LIKE " + Pattern(column, c.Values[0]) + " ESCAPE '\\'",
            _ => q + " " + Comparison(c.Op) + " " + Value(column, c.Values[0]),
        };
    }

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

    private string Value(IngestColumn column, string text)
    {
        if (column.Type != ItemDataType.Binary && ColumnValues.TryParse(column.Type, text, out var value))
        {
            return Parameter(value);
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
