using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Sources;

/// <summary>
/// A user's source file cannot be read as data: not text, mixed encodings, an unknown sheet, bad headers,
/// malformed JSON. The load fails with <see cref="Text"/> shown to the user; the previous version stays current.
/// </summary>
/// <remarks>
/// One type for every reader so that the pipeline catches one thing. <see cref="Code"/> is stable for machines,
/// <see cref="Text"/> is for people; <see cref="Exception.Message"/> carries both languages for logs.
/// </remarks>
public class SourceFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable machine-readable code, e.g. <c>json_not_array</c>.</param>
    /// <param name="text">The message users read (Chinese and English).</param>
    /// <param name="byteOffset">The 0-based byte offset in the file where the problem is, when known.</param>
    /// <param name="line">The 1-based line (text files) or row (spreadsheets) where the problem is, when known.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public SourceFileException(string code, LocalizedText text, long? byteOffset = null, long? line = null, Exception? inner = null)
        : base(text.Zh + " / " + text.En, inner)
    {
        Code = code;
        Text = text;
        ByteOffset = byteOffset;
        Line = line;
    }

    /// <summary>A stable machine-readable code, e.g. <c>not_text</c>, <c>header_duplicate</c>.</summary>
    public string Code { get; }

    /// <summary>The message users read.</summary>
    public LocalizedText Text { get; }

    /// <summary>The 0-based byte offset in the file where the problem is, when known.</summary>
    public long? ByteOffset { get; }

    /// <summary>The 1-based line (text files) or row (spreadsheets) where the problem is, when known.</summary>
    public long? Line { get; }
}
