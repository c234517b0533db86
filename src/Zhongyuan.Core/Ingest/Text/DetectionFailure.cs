using Zhongyuan.Ingest.Sources;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Text;

/// <summary>Why a file's bytes were not recognised as text in a supported encoding.</summary>
/// <param name="Code">A stable machine-readable code: <c>not_text</c> (binary) or <c>unknown_encoding</c>.</param>
/// <param name="Message">The message users read.</param>
/// <param name="ByteOffset">The 0-based offset of the first offending byte in the sample, when known.</param>
public sealed record DetectionFailure(string Code, LocalizedText Message, long? ByteOffset)
{
    /// <summary>The failure as the exception the ingest pipeline reports to users.</summary>
    public SourceFileException ToException() => new(Code, Message, ByteOffset);
}
