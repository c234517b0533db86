using DuckDB.NET.Data;

namespace Zhongyuan.Ingest.Query;

/// <summary>
/// Reads a dataset version (one Parquet file with the hidden <see cref="IngestColumn.RowId"/> column) through DuckDB.
/// All methods validate the request against <c>columns</c> and throw <see cref="QueryException"/> for a bad one.
/// </summary>
public static partial class RowsReader
{
    /// <summary>
    /// One page of rows. Keyset paging by default: pass the returned <see cref="RowsPage.Next"/> as
    /// <see cref="RowsRequest.After"/> (with the same sort and filter) for the next page; every row is visited
    /// exactly once. <see cref="RowsRequest.Offset"/> skips rows instead.
    /// </summary>
    /// <param name="connection">An open DuckDB connection.</param>
    /// <param name="parquetPath">The version's Parquet file (platform-controlled).</param>
    /// <param name="columns">The version's columns; <see cref="IngestColumn.RowId"/> is never returned.</param>
    /// <param name="request">The request.</param>
    /// <exception cref="QueryException">An invalid request.</exception>
    public static RowsPage Query(DuckDBConnection connection, string parquetPath, IReadOnlyList<IngestColumn> columns, RowsRequest request) =>
        Query(connection, RowsView.Of(parquetPath, columns), request);

    /// <summary>One page of rows of a view; see <see cref="Query(DuckDBConnection, string, IReadOnlyList{IngestColumn}, RowsRequest)"/>.
    /// The view's hidden columns of each returned row are in <see cref="RowsPage.Hidden"/>.</summary>
    /// <exception cref="QueryException">An invalid request.</exception>
    public static RowsPage Query(DuckDBConnection connection, RowsView view, RowsRequest request)
    {
        var query = RowsQueryBuilder.Page(view, request);
        var width = query.Columns.Count;
        var sorts = query.Sort.Count;
        var rows = new List<object?[]>();
        var hidden = new List<object?[]>();
        object?[]? last = null;
        // A key lookup reads one row group: on the single-threaded reader it runs on this thread alone instead of
        // waiting on a DuckDB worker for the same core (views computing columns need the shared reader's functions).
        using var lookup = query.Setup.Count > 0 && view.Late.Count == 0 ? DataPlane.OpenLookupReader() : null;
        using (var command = QueryCommand.Create(lookup ?? connection, query))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (rows.Count == request.Limit)
                {
                    return new RowsPage(Meta(query), rows, Cursor(query, last!, width)) { Hidden = HiddenOf(query, hidden) };
                }

                last = ReadRow(reader);
                rows.Add(last[..width]);
                hidden.Add(last[(width + sorts)..^1]);
            }
        }

        return new RowsPage(Meta(query), rows, null) { Hidden = HiddenOf(query, hidden) };
    }

    /// <summary>The hidden columns of the first <paramref name="limit"/> rows of a view matching the request's filter, in its sort order.</summary>
    /// <exception cref="QueryException">An invalid request.</exception>
    public static IReadOnlyList<object?[]> Hidden(DuckDBConnection connection, RowsView view, RowsRequest request, int limit)
    {
        if (view.Hidden.Count == 0)
        {
            return [];
        }

        var result = new List<object?[]>();
        using var command = QueryCommand.Create(connection, RowsQueryBuilder.Hidden(view, request, limit));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(ReadRow(reader));
        }

        return result;
    }

    /// <summary>The number of rows matching <paramref name="filter"/> (all rows when null).</summary>
    /// <exception cref="QueryException">An invalid filter.</exception>
    public static long Count(DuckDBConnection connection, string parquetPath, IReadOnlyList<IngestColumn> columns, FilterNode? filter) =>
        Count(connection, RowsView.Of(parquetPath, columns), filter);

    /// <summary>The number of rows of a view matching <paramref name="filter"/> (all rows when null).</summary>
    /// <exception cref="QueryException">An invalid filter.</exception>
    public static long Count(DuckDBConnection connection, RowsView view, FilterNode? filter)
    {
        using var command = QueryCommand.Create(connection, RowsQueryBuilder.Count(view, filter));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Up to <paramref name="limit"/> distinct values of <paramref name="column"/> among matching rows, most frequent first (null included as a value).</summary>
    /// <exception cref="QueryException">An unknown column, an invalid filter, or a limit outside 1–10,000.</exception>
    public static IReadOnlyList<DistinctValue> Distinct(
        DuckDBConnection connection, string parquetPath, IReadOnlyList<IngestColumn> columns, string column, FilterNode? filter, int limit = RowsRequest.DefaultLimit) =>
        Distinct(connection, RowsView.Of(parquetPath, columns), column, filter, limit);

    /// <summary>Up to <paramref name="limit"/> distinct values of a view's column among matching rows, most frequent first.</summary>
    /// <exception cref="QueryException">An unknown column, an invalid filter, or a limit outside 1–10,000.</exception>
    public static IReadOnlyList<DistinctValue> Distinct(DuckDBConnection connection, RowsView view, string column, FilterNode? filter, int limit = RowsRequest.DefaultLimit)
    {
        var result = new List<DistinctValue>();
        using var command = QueryCommand.Create(connection, RowsQueryBuilder.Distinct(view, column, filter, limit));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new DistinctValue(ColumnValues.Normalise(reader.GetValue(0)), reader.GetInt64(1)));
        }

        return result;
    }

    private static object?[] ReadRow(System.Data.Common.DbDataReader reader)
    {
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = ColumnValues.Normalise(reader.GetValue(i));
        }

        return row;
    }

    private static IReadOnlyList<object?[]>? HiddenOf(BuiltQuery query, List<object?[]> hidden) => query.Hidden == 0 ? null : hidden;

    private static string Cursor(BuiltQuery query, object?[] last, int width) =>
        KeysetCursor.Encode(query.Sort, last[width..(width + query.Sort.Count)], Convert.ToInt64(last[^1], System.Globalization.CultureInfo.InvariantCulture));

    private static List<ColumnMeta> Meta(BuiltQuery query) => [.. query.Columns.Select(c => new ColumnMeta(c.Name, c.Type, c.IsKey))];
}
