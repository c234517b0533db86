using System.Text.Json;
using Zhongyuan.Ingest.Text;

namespace Zhongyuan.Ingest.Sources;

/// <summary>
/// Decides how an uploaded file is read: by its first bytes where they are telling (a ZIP header is an XLSX workbook,
/// <c>PAR1</c> is Parquet, <c>[</c> is a JSON array, <c>{</c> is NDJSON), else by its extension, else as CSV when it is
/// text.
/// </summary>
/// <remarks>
/// A file starting with <c>{</c> but named <c>.json</c> is taken as a JSON array unless its first line is a whole
/// object followed by more lines (then it is NDJSON under a .json name), so that a single JSON object gets the
/// "should be an array" error. CSV against TSV is only a hint (a tab in the first line and no comma): the delimiter
/// is sniffed when the file is read. A binary file named .csv is still Csv here; the encoding detection then
/// reports that it is not text.
/// </remarks>
public static class SourceFormatDetector
{
    /// <summary>The number of leading bytes that <see cref="Detect"/> should be given (more does no harm).</summary>
    public const int HeadLength = 64 * 1024;

    /// <summary>The format of the file named <paramref name="fileName"/> starting with <paramref name="head"/>.</summary>
    /// <param name="fileName">The file name as uploaded (only its extension is used, case-insensitively).</param>
    /// <param name="head">The file's first bytes (up to <see cref="HeadLength"/>).</param>
    /// <returns>The format, or null for a binary file with an extension that says nothing.</returns>
    public static SourceFormat? Detect(string fileName, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return SourceFormat.Xlsx;
        }
        if (head.StartsWith("PAR1"u8))
        {
            return SourceFormat.Parquet;
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var text = SkipBomAndWhitespace(head);
        if (text is [(byte)'[', ..])
        {
            return SourceFormat.Json;
        }
        if (text is [(byte)'{', ..])
        {
            return extension == ".json" && !FirstLineIsWholeObject(text) ? SourceFormat.Json : SourceFormat.Ndjson;
        }
        return FromExtension(extension, head) ?? (EncodingDetector.TryDetect(head, false, out _, out _) ? TextFormat(head) : null);
    }

    private static SourceFormat? FromExtension(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        ".csv" => SourceFormat.Csv,
        ".tsv" or ".tab" => SourceFormat.Tsv,
        ".txt" => TextFormat(head),
        ".xlsx" => SourceFormat.Xlsx,
        ".json" => SourceFormat.Json,
        ".ndjson" or ".jsonl" => SourceFormat.Ndjson,
        ".parquet" => SourceFormat.Parquet,
        _ => null,
    };

    private static SourceFormat TextFormat(ReadOnlySpan<byte> head)
    {
        var newline = head.IndexOf((byte)'\n');
        var firstLine = newline < 0 ? head : head[..newline];
        return firstLine.Contains((byte)'\t') && !firstLine.Contains((byte)',') ? SourceFormat.Tsv : SourceFormat.Csv;
    }

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head) =>
        (head.StartsWith("\uFEFF"u8) ? head[3..] : head).TrimStart(" \t\r\n"u8);

    private static bool FirstLineIsWholeObject(ReadOnlySpan<byte> text)
    {
        var newline = text.IndexOf((byte)'\n');
        if (newline < 0 || text[(newline + 1)..].TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
        {
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(text[..newline]);
            reader.Read();
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
