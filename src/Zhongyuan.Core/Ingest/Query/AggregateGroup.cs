namespace Zhongyuan.Ingest.Query;

/// <summary>One group of <see cref="RowsReader.Aggregate"/>: a category value and its aggregate.</summary>
/// <param name="Category">The category column's value (null is a category of its own), typed as in <see cref="ColumnMeta"/>.</param>
/// <param name="Value">The count, sum or mean; null when a sum or mean has no non-null value in the group.</param>
/// <param name="Rows">The number of matching rows in the group.</param>
public sealed record AggregateGroup(object? Category, double? Value, long Rows);
