namespace Zhongyuan.Ingest.Query;

/// <summary>A group-by over a version or view: one category column, an aggregate of one value column, the top groups.</summary>
/// <param name="Category">The column to group by.</param>
/// <param name="Function">The aggregate.</param>
/// <param name="Value">The numeric column to sum or average; ignored (may be null) for <see cref="AggregateFunction.Count"/>.</param>
/// <param name="Filter">The rows to aggregate; null for all.</param>
/// <param name="Limit">The groups returned, largest aggregate first (1 to <see cref="MaxLimit"/>).</param>
public sealed record AggregateRequest(string Category, AggregateFunction Function, string? Value, FilterNode? Filter, int Limit = AggregateRequest.DefaultLimit)
{
    /// <summary>Groups returned when no limit is given.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The most groups one request may return (a chart of more is unreadable).</summary>
    public const int MaxLimit = 500;
}
