namespace Zhongyuan.Ingest.Query;

/// <summary>DuckDB SQL with positional parameters <c>$1</c>…, bound from <see cref="Parameters"/> in order.</summary>
/// <param name="Sql">The SQL: platform text and quoted, validated identifiers only.</param>
/// <param name="Parameters">The typed values.</param>
/// <param name="Columns">The visible result columns (the first ones of the result).</param>
/// <param name="Sort">The effective sort keys (page queries, for the next cursor; the extra result columns after <paramref name="Columns"/>).</param>
internal sealed record BuiltQuery(string Sql, IReadOnlyList<object> Parameters, IReadOnlyList<IngestColumn> Columns, IReadOnlyList<(IngestColumn Column, bool Descending)> Sort)
{
    /// <summary>Hidden view columns in a page result, after the sort values and before the row number.</summary>
    public int Hidden { get; init; }

    /// <summary>
    /// Statements to run on the same connection just before the query, each with its own parameters: they set the
    /// session variables the query reads (the key ranges of <see cref="RowsView.KeyIndex"/> lookups).
    /// </summary>
    public IReadOnlyList<(string Sql, IReadOnlyList<object> Parameters)> Setup { get; init; } = [];

    /// <summary>
    /// The same query without its <c>ORDER BY</c>, when the view's file is stored in the order asked for (a version's
    /// own order, when <see cref="DataPlane.LayoutOf"/> says it is stored so): its rows come out in that order as long as DuckDB's plan keeps the
    /// scan's order (see <see cref="Export.RowsExporter"/>). Null otherwise.
    /// </summary>
    public string? InFileOrder { get; init; }
}
