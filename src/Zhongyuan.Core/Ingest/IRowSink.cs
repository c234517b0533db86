namespace Zhongyuan.Ingest;

/// <summary>
/// Receives the rows of a source read by C# (XLSX, JSON, NDJSON) as text, in file order, to be staged in
/// DuckDB. CSV and Parquet are read by DuckDB itself and do not pass through here.
/// </summary>
public interface IRowSink
{
    /// <summary>Called once, before any row, with the source's column names in file order.</summary>
    void Begin(IReadOnlyList<string> columns);

    /// <summary>One row; <paramref name="values"/> has one entry per column (null for a missing value).</summary>
    void Row(ReadOnlySpan<string?> values);
}
