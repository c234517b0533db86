using DuckDB.NET.Data;

namespace Zhongyuan.Ingest;

/// <summary>
/// Stages rows read by C# readers (XLSX, JSON) into the DuckDB table <c>staging</c> — all VARCHAR, plus
/// <c>_zy_src_row</c>, the 1-based record number — with DuckDB's appender (no row-by-row INSERT).
/// </summary>
internal sealed class DuckDbStagingSink(DuckDBConnection connection, LoadProgress progress) : IRowSink, IDisposable
{
    private DuckDBAppender? _appender;
    private long _row;

    public void Begin(IReadOnlyList<string> columns)
    {
        var definitions = string.Join(", ", columns.Select(c => IngestColumn.Quote(c) + " VARCHAR"));
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE TABLE staging (_zy_src_row BIGINT, {definitions})";
            command.ExecuteNonQuery();
        }
        _appender = connection.CreateAppender("staging");
    }

    public void Row(ReadOnlySpan<string?> values)
    {
        var row = (_appender ?? throw new InvalidOperationException("Begin was not called.")).CreateRow();
        row.AppendValue(++_row);
        foreach (var value in values)
        {
            row.AppendValue(value);
        }
        row.EndRow();
        if ((_row & 0x3FFF) == 0)
        {
            progress.SetRows(_row);
        }
    }

    public void Dispose()
    {
        _appender?.Dispose();
        progress.SetRows(_row);
    }
}
