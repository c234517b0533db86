using System.Text.Json;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Server.Api;

/// <summary>Body of <c>POST …/rows/query</c>: the filter as a JSON tree (<c>{"and":[{"column":"性别","op":"=","value":"男"}]}</c>).</summary>
/// <param name="Select">Columns to return (default all).</param>
/// <param name="Filter">The filter tree.</param>
/// <param name="Sort">Sort keys.</param>
/// <param name="Limit">Page size (1–10,000).</param>
/// <param name="Offset">Rows to skip (instead of a cursor).</param>
/// <param name="After">The cursor of the previous page.</param>
public sealed record RowsQueryBody(IReadOnlyList<string>? Select, JsonElement? Filter, IReadOnlyList<SortKey>? Sort, int? Limit, int? Offset, string? After);
