using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Server.Api;

/// <summary>A page of rows: the columns with their types, the rows as arrays in column order, and the next cursor.</summary>
/// <param name="Version">The dataset version read.</param>
/// <param name="Columns">Name, type and key flag of each returned column.</param>
/// <param name="Rows">The rows; each an array in the order of <paramref name="Columns"/>.</param>
/// <param name="Next">The <c>after</c> cursor of the next page, or null at the end.</param>
public sealed record RowsBody(int Version, IReadOnlyList<ColumnMeta> Columns, IReadOnlyList<object?[]> Rows, string? Next);
