namespace Zhongyuan.Ingest.Query;

/// <summary>How <see cref="RowsReader.Aggregate"/> combines a group's values: a fixed list, so no request text names SQL.</summary>
public enum AggregateFunction
{
    /// <summary>The number of rows in the group (no value column).</summary>
    Count,

    /// <summary>The sum of a numeric column's non-null values.</summary>
    Sum,

    /// <summary>The mean of a numeric column's non-null values.</summary>
    Avg,
}
