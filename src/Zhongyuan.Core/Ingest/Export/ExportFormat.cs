namespace Zhongyuan.Ingest.Export;

/// <summary>The file format of an export.</summary>
public enum ExportFormat
{
    /// <summary>CSV (RFC 4180, CRLF line ends, header row); the encoding is <see cref="ExportOptions.CsvEncoding"/>.</summary>
    Csv,

    /// <summary>One JSON array of objects keyed by column name.</summary>
    Json,

    /// <summary>Newline-delimited JSON: one object per line.</summary>
    Ndjson,

    /// <summary>An Excel workbook with one sheet (text cells that could start a formula are neutralised).</summary>
    Xlsx,

    /// <summary>Parquet with zstd compression, written by DuckDB.</summary>
    Parquet,
}
