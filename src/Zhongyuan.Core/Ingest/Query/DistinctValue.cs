namespace Zhongyuan.Ingest.Query;

/// <summary>A distinct value of a column and how many rows hold it.</summary>
/// <param name="Value">The value (null counts as a value here), typed as in <see cref="ColumnMeta"/>.</param>
/// <param name="Count">The number of matching rows holding it.</param>
public sealed record DistinctValue(object? Value, long Count);
