namespace Zhongyuan.Ingest.Sources;

/// <summary>The format of an uploaded file, which decides how it is read.</summary>
public enum SourceFormat
{
    /// <summary>Delimited text read by DuckDB's <c>read_csv</c> (the delimiter is sniffed; comma is the usual one).</summary>
    Csv,

    /// <summary>Tab-separated text; read like <see cref="Csv"/>.</summary>
    Tsv,

    /// <summary>An Excel 2007+ workbook, read by <c>XlsxRowReader</c>.</summary>
    Xlsx,

    /// <summary>A JSON array of objects, read by <c>JsonRowReader</c>.</summary>
    Json,

    /// <summary>One JSON object per line (NDJSON / JSON Lines), read by <c>JsonRowReader</c>.</summary>
    Ndjson,

    /// <summary>A Parquet file, read by DuckDB's <c>read_parquet</c>.</summary>
    Parquet,
}
