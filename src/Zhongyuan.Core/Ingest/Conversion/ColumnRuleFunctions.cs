namespace Zhongyuan.Ingest.Conversion;

/// <summary>The SQL functions (registered on the load's DuckDB connection) that govern one column after conversion.</summary>
/// <param name="Standardize">A function VARCHAR → VARCHAR rewriting the value, or null.</param>
/// <param name="Check">A function VARCHAR → VARCHAR giving a failure code (the row is rejected) or NULL, or null.</param>
/// <param name="StandardizeWhen">
/// The SQL condition, over a value expression, outside which <paramref name="Standardize"/> changes nothing (so it is not
/// called there); null to call it on every value.
/// </param>
public sealed record ColumnRuleFunctions(string? Standardize, string? Check, Func<string, string>? StandardizeWhen = null);
