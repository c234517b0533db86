namespace Zhongyuan.Ingest.Query;

/// <summary>A page of rows.</summary>
/// <param name="Columns">The returned columns, in order.</param>
/// <param name="Rows">One array per row, one entry per column (null for a null value).</param>
/// <param name="Next">The cursor for the next page (pass as <see cref="RowsRequest.After"/>), or null when this is the last page.</param>
public sealed record RowsPage(IReadOnlyList<ColumnMeta> Columns, IReadOnlyList<object?[]> Rows, string? Next)
{
    /// <summary>The view's hidden columns (<see cref="RowsView.Hidden"/>) of each returned row, in order; null when the view has none. Never for the caller.</summary>
    public IReadOnlyList<object?[]>? Hidden { get; init; }
}
