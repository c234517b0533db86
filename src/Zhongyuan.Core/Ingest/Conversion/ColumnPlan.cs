using System.Globalization;
using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Conversion;

/// <summary>
/// One target column in the generated SQL: where its text comes from and the expressions over it. The
/// aliases of the intermediate values are positional (o3, c3, p3), never user text.
/// </summary>
/// <param name="Index">The column's position among the targets.</param>
/// <param name="Column">The target column.</param>
/// <param name="Source">The staging column, null when no source column is bound.</param>
/// <param name="Rule">The conversion of the column's type.</param>
internal sealed record ColumnPlan(int Index, IngestColumn Column, string? Source, ConversionRule Rule)
{
    private string Suffix => Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The alias of the staged text as it was.</summary>
    public string Original => "o" + Suffix;

    /// <summary>The alias of the folded and trimmed text.</summary>
    public string Trimmed => "t" + Suffix;

    /// <summary>The alias of the cleaned text (NULL for null markers).</summary>
    public string Cleaned => "c" + Suffix;

    /// <summary>The alias of the parsed value.</summary>
    public string Parsed => "p" + Suffix;

    /// <summary>The folding and trimming expression over an expression of the staged text.</summary>
    public string CleanedOf(string text) => ValueCleaning.Clean(text, Column.Type == ItemDataType.Text);

    /// <summary>A typed NULL, for a column no source column is bound to.</summary>
    public string NullValue => $"CAST(NULL AS {IngestColumn.DuckDbType(Column.Type)})";

    /// <summary>The stored value: NULL when the parsed value is NULL or out of range.</summary>
    public string ConvertedValue => Rule.InRange is { } inRange
        ? $"CASE WHEN {inRange(Parsed)} THEN {Rule.Final(Parsed)} END"
        : Rule.Final(Parsed);

    /// <summary>True when the value is rejected: some text that does not parse, or parses out of range.</summary>
    public string Fails => Rule.InRange is { } inRange
        ? $"{Cleaned} IS NOT NULL AND ({Parsed} IS NULL OR NOT ({inRange(Parsed)}))"
        : $"{Cleaned} IS NOT NULL AND {Parsed} IS NULL";

    /// <summary>The reason code of a rejected value.</summary>
    public string Reason => Rule.InRange is not null
        ? $"CASE WHEN {Parsed} IS NULL THEN {SqlLiteral.Of(Rule.ParseReason)} ELSE {SqlLiteral.Of(Rule.RangeReason!)} END"
        : SqlLiteral.Of(Rule.ParseReason);
}
