namespace Zhongyuan.Ingest.Query;

/// <summary>
/// A filter tree: <see cref="And"/>, <see cref="Or"/>, <see cref="Not"/> over <see cref="Condition"/> leaves.
/// Built by <see cref="FilterParser"/> from user text or JSON, or directly in code; always validated and
/// parameterised against the version's columns before it reaches SQL.
/// </summary>
public abstract record FilterNode
{
    private protected FilterNode()
    {
    }

    /// <summary>All of <paramref name="Nodes"/> hold (true when empty).</summary>
    public sealed record And(IReadOnlyList<FilterNode> Nodes) : FilterNode;

    /// <summary>Any of <paramref name="Nodes"/> holds (false when empty).</summary>
    public sealed record Or(IReadOnlyList<FilterNode> Nodes) : FilterNode;

    /// <summary><paramref name="Node"/> does not hold (SQL logic: not of unknown is unknown, so null values still do not match).</summary>
    public sealed record Not(FilterNode Node) : FilterNode;

    /// <summary>A comparison of one column with literal values.</summary>
    /// <param name="Column">The column name.</param>
    /// <param name="Op">The operator.</param>
    /// <param name="Values">The literals as text, converted to the column's type when the query is built: none for
    /// <c>is (not) null</c>, one or more for <c>(not) in</c>, exactly one otherwise.</param>
    public sealed record Condition(string Column, FilterOp Op, IReadOnlyList<string> Values) : FilterNode
    {
        /// <summary>A condition with a single value.</summary>
        public Condition(string column, FilterOp op, string value)
            : this(column, op, [value])
        {
        }
    }
}
