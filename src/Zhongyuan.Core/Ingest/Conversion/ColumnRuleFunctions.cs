namespace Zhongyuan.Ingest.Conversion;

/// <summary>The SQL functions (registered on the load's DuckDB connection) that govern one column after conversion.</summary>
/// <param name="Standardize">A function VARCHAR → VARCHAR rewriting the value, or null.</param>
/// <param name="Check">A function VARCHAR → VARCHAR giving a failure code (the row is rejected) or NULL, or null.</param>
/// <param name="StandardizeWhen">
/// Where <paramref name="Standardize"/> may change a value (so it is not called elsewhere); null to call it on every value.
/// </param>
public sealed record ColumnRuleFunctions(string? Standardize, string? Check, StandardizeCondition? StandardizeWhen = null);

/// <summary>
/// The values a chain of standardisers may change: those where <paramref name="MayChange"/> finds a match, and those that
/// do not fully match one of <paramref name="Shapes"/>. Outside both the first standardiser changes nothing, so the next
/// sees the same value, and so on: the chain as a whole changes nothing.
/// </summary>
/// <param name="MayChange">An RE2 pattern (searched for), or null.</param>
/// <param name="Shapes">RE2 patterns of values left as they are (fully matched).</param>
public sealed record StandardizeCondition(string? MayChange, IReadOnlyList<string> Shapes)
{
    /// <summary>
    /// The SQL condition over a value expression. <paramref name="gate"/>, when given, is a boolean expression true on
    /// every row where <see cref="MayChange"/> may match (see <see cref="ValueCleaning.IsDirty"/>): it is tested first,
    /// so the pattern is searched for only in those rows.
    /// </summary>
    public string Sql(string value, string? gate = null) => string.Join(" OR ",
        (MayChange is null ? [] : new[] { $"{(gate is null ? "" : gate + " AND ")}regexp_matches({value}, {SqlLiteral.Of(MayChange)})" })
        .Concat(Shapes.Select(shape => $"NOT regexp_full_match({value}, {SqlLiteral.Of(shape)})")));
}
