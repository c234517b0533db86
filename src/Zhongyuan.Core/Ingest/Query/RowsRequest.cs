namespace Zhongyuan.Ingest.Query;

/// <summary>A request for rows of a dataset version.</summary>
/// <param name="Select">Column names to return, in this order; null or empty for all visible columns in version order.</param>
/// <param name="Filter">Rows to keep; null for all rows.</param>
/// <param name="Sort">Sort keys, most significant first; the hidden row number always breaks ties. Null or empty sorts by file order.</param>
/// <param name="Limit">Rows per page, 1 to <see cref="MaxLimit"/>.</param>
/// <param name="Offset">Rows to skip (offset paging); not combinable with <paramref name="After"/>.</param>
/// <param name="After">The opaque <see cref="RowsPage.Next"/> cursor of the previous page (keyset paging).</param>
public sealed record RowsRequest(
    IReadOnlyList<string>? Select = null,
    FilterNode? Filter = null,
    IReadOnlyList<SortKey>? Sort = null,
    int Limit = RowsRequest.DefaultLimit,
    int? Offset = null,
    string? After = null)
{
    /// <summary>The page size used when none is given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The largest page size.</summary>
    public const int MaxLimit = 10_000;
}
