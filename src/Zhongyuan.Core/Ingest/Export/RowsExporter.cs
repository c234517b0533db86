using DuckDB.NET.Data;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Ingest.Export;

/// <summary>
/// Streams every row matching a request (its <see cref="RowsRequest.Select"/>, <see cref="RowsRequest.Filter"/> and
/// <see cref="RowsRequest.Sort"/>; paging fields are ignored) to a stream, with bounded memory and asynchronous
/// writes only, so the output may be an ASP.NET Core response body. The hidden row number is never exported.
/// </summary>
public static class RowsExporter
{
    /// <summary>Writes the export and returns the number of rows written. The output is written to, not flushed or closed.</summary>
    /// <param name="connection">An open DuckDB connection.</param>
    /// <param name="parquetPath">The version's Parquet file.</param>
    /// <param name="columns">The version's columns.</param>
    /// <param name="request">Columns, filter and sort.</param>
    /// <param name="options">The format and its options.</param>
    /// <param name="output">Where the file goes.</param>
    /// <param name="cancellationToken">Stops the export between rows.</param>
    /// <exception cref="QueryException">An invalid request (raised before anything is written).</exception>
    public static async Task<long> ExportAsync(
        DuckDBConnection connection,
        string parquetPath,
        IReadOnlyList<IngestColumn> columns,
        RowsRequest request,
        ExportOptions options,
        Stream output,
        CancellationToken cancellationToken = default) =>
        await ExportAsync(connection, RowsView.Of(parquetPath, columns), request, options, output, cancellationToken).ConfigureAwait(false);

    /// <summary>Writes the export of a view (e.g. a masked one) and returns the number of rows written; see the other overload.</summary>
    /// <exception cref="QueryException">An invalid request (raised before anything is written).</exception>
    public static async Task<long> ExportAsync(
        DuckDBConnection connection, RowsView view, RowsRequest request, ExportOptions options, Stream output, CancellationToken cancellationToken = default)
    {
        var query = InFileOrderWhenKept(connection, RowsQueryBuilder.Export(view, request));
        if (options.Format == ExportFormat.Parquet)
        {
            return await ParquetExport.WriteAsync(connection, query, options.TempDirectory, output, cancellationToken).ConfigureAwait(false);
        }

        using var command = QueryCommand.Create(connection, query);
        using var reader = command.ExecuteReader();
        return options.Format switch
        {
            ExportFormat.Csv => await CsvExport.WriteAsync(reader, options.CsvEncoding, output, cancellationToken).ConfigureAwait(false),
            ExportFormat.Json => await JsonExport.WriteAsync(reader, lines: false, output, cancellationToken).ConfigureAwait(false),
            ExportFormat.Ndjson => await JsonExport.WriteAsync(reader, lines: true, output, cancellationToken).ConfigureAwait(false),
            ExportFormat.Xlsx => await WriteXlsxAsync(reader, query.Columns, options, output, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown export format."),
        };
    }

    /// <summary>
    /// The query without its sort when the rows are stored in the order asked for and DuckDB's plan for it is a scan
    /// with filters and projections only, which keep the scan's order (<c>preserve_insertion_order</c>, DuckDB's
    /// default); otherwise the query as built. A join gives up that order: an <c>in</c> filter of a few dozen values
    /// becomes one. Sorting a 10M-row version only to get the file's own order spilled it through the reader's 512 MB
    /// and cost a third of the export's time.
    /// </summary>
    internal static BuiltQuery InFileOrderWhenKept(DuckDBConnection connection, BuiltQuery query)
    {
        if (query.InFileOrder is not { } unordered)
        {
            return query;
        }
        using var command = QueryCommand.Create(connection, query, "EXPLAIN (FORMAT json) " + unordered);
        using var reader = command.ExecuteReader();
        var operators = new List<string>();
        while (reader.Read())
        {
            using var plan = System.Text.Json.JsonDocument.Parse(reader.GetString(1));
            Operators(plan.RootElement, operators);
        }
        return operators.Count > 0 && operators.All(ScanOperators.Contains) ? query with { Sql = unordered } : query;
    }

    private static readonly HashSet<string> ScanOperators = new(["READ_PARQUET", "TABLE_SCAN", "PROJECTION", "FILTER"], StringComparer.Ordinal);

    private static void Operators(System.Text.Json.JsonElement node, List<string> names)
    {
        if (node.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var child in node.EnumerateArray())
            {
                Operators(child, names);
            }
            return;
        }
        if (node.ValueKind != System.Text.Json.JsonValueKind.Object)
        {
            return;
        }
        if (node.TryGetProperty("name", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            names.Add(name.GetString()!);
        }
        if (node.TryGetProperty("children", out var children))
        {
            Operators(children, names);
        }
    }

    /// <summary>The media type of a format, e.g. <c>text/csv; charset=utf-8</c>.</summary>
    public static string ContentType(ExportOptions options) => options.Format switch
    {
        ExportFormat.Csv => options.CsvEncoding == CsvEncoding.Gb18030 ? "text/csv; charset=gb18030" : "text/csv; charset=utf-8",
        ExportFormat.Json => "application/json",
        ExportFormat.Ndjson => "application/x-ndjson",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/vnd.apache.parquet",
    };

    /// <summary>The file extension of a format, with its dot, e.g. <c>.csv</c>.</summary>
    public static string FileExtension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Json => ".json",
        ExportFormat.Ndjson => ".ndjson",
        ExportFormat.Xlsx => ".xlsx",
        _ => ".parquet",
    };

    private static async Task<long> WriteXlsxAsync(
        System.Data.Common.DbDataReader reader, IReadOnlyList<IngestColumn> columns, ExportOptions options, Stream output, CancellationToken cancellationToken)
    {
        var staging = StagedFile.NewPath(options.TempDirectory, ".xlsx");
        try
        {
            return await XlsxExport.WriteAsync(reader, columns, staging, output, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            StagedFile.Delete(staging);
        }
    }
}
