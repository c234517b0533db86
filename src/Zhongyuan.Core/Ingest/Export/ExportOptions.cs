namespace Zhongyuan.Ingest.Export;

/// <summary>How to export.</summary>
/// <param name="Format">The file format.</param>
/// <param name="CsvEncoding">The encoding of a CSV export (ignored by other formats).</param>
/// <param name="TempDirectory">Where XLSX and Parquet exports stage their file before it is streamed out; the system temp directory when null.</param>
public sealed record ExportOptions(ExportFormat Format, CsvEncoding CsvEncoding = CsvEncoding.Utf8, string? TempDirectory = null);
