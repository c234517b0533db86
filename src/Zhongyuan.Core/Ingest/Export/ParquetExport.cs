using DuckDB.NET.Data;
using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Ingest.Export;

/// <summary>Has DuckDB <c>COPY</c> the query to a staging Parquet file (zstd), then copies the file to the output.</summary>
internal static class ParquetExport
{
    public static async Task<long> WriteAsync(DuckDBConnection connection, BuiltQuery query, string? directory, Stream output, CancellationToken cancellationToken)
    {
        var staging = StagedFile.NewPath(directory, ".parquet");
        try
        {
            var sql = $"COPY ({query.Sql}) TO {RowsQueryBuilder.Literal(staging)} (FORMAT PARQUET, COMPRESSION ZSTD)";
            long rows;
            using (var command = QueryCommand.Create(connection, query, sql))
            {
                rows = command.ExecuteNonQuery();
            }

            await StagedFile.CopyAsync(staging, output, cancellationToken).ConfigureAwait(false);
            return rows;
        }
        finally
        {
            StagedFile.Delete(staging);
        }
    }
}
