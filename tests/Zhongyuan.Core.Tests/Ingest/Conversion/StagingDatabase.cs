using System.Globalization;
using DuckDB.NET.Data;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Conversion;

namespace Zhongyuan.Tests.Ingest.Conversion;

/// <summary>An in-memory DuckDB holding a staging table shaped as the loader stages a source: VARCHAR columns plus the source row.</summary>
internal sealed class StagingDatabase : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public StagingDatabase(string table, IReadOnlyList<string> columns, IEnumerable<string?[]> rows)
    {
        _connection.Open();
        var definitions = string.Concat(columns.Select(c => $", {IngestColumn.Quote(c)} VARCHAR"));
        Execute($"CREATE TABLE {IngestColumn.Quote(table)} ({ConversionSql.SourceRow} BIGINT{definitions})");
        using var appender = _connection.CreateAppender(table);
        var number = 0L;
        foreach (var values in rows)
        {
            var row = appender.CreateRow().AppendValue(++number);
            foreach (var value in values)
            {
                row = row.AppendValue(value);
            }
            row.EndRow();
        }
    }

    /// <summary>The open connection (e.g. to register functions on).</summary>
    public DuckDBConnection Connection => _connection;

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every row of the query, each value as DuckDB's text form (null for NULL), in the query's order.</summary>
    public List<string?[]> Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))
                .ToArray());
        }
        return rows;
    }

    /// <summary>The query with every column cast to VARCHAR by DuckDB, ordered by source row.</summary>
    public List<string?[]> QueryAsText(string sql, IReadOnlyList<string> columns)
    {
        var casts = string.Concat(columns.Select(c => $", CAST({IngestColumn.Quote(c)} AS VARCHAR)"));
        return Query($"SELECT CAST({ConversionSql.SourceRow} AS VARCHAR){casts} FROM ({sql}) AS q ORDER BY {ConversionSql.SourceRow}");
    }

    public void Dispose() => _connection.Dispose();
}
