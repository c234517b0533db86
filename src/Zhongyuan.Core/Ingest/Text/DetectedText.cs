namespace Zhongyuan.Ingest.Text;

/// <summary>The encoding a file's text was recognised in.</summary>
/// <param name="Kind">The encoding.</param>
/// <param name="BomLength">The length in bytes of the byte order mark at the start of the file (0, 2 or 3), which is not text.</param>
public sealed record DetectedText(TextEncodingKind Kind, int BomLength)
{
    /// <summary>Whether the file is UTF-8 once its byte order mark is skipped, so DuckDB can read it without transcoding.</summary>
    public bool IsUtf8 => Kind is TextEncodingKind.Utf8 or TextEncodingKind.Utf8Bom;
}
