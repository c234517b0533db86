namespace Zhongyuan.Ingest.Query;

/// <summary>A sort key. Nulls sort as the largest value: last when ascending, first when descending.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Descending">Whether larger values come first.</param>
public sealed record SortKey(string Column, bool Descending = false);
