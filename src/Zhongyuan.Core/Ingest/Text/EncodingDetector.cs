using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Zhongyuan.Ingest.Sources;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Text;

/// <summary>
/// Recognises the encoding of a text file from a sample of its first bytes (64 KB is plenty): a byte order mark,
/// UTF-16 without one (NULs at every other position), valid UTF-8, else valid GB18030. NUL bytes outside UTF-16,
/// or a high share of control characters, mean the file is not text.
/// </summary>
/// <remarks>
/// A sample that is not the whole file may end in the middle of a multi-byte character; that incomplete tail is
/// not held against it. Text valid as UTF-8 is reported as UTF-8 even where it would also decode as GB18030:
/// longer runs of Chinese text in GB18030 are practically never valid UTF-8.
/// </remarks>
public static class EncodingDetector
{
    /// <summary>The sample length callers should read from the start of the file.</summary>
    public const int SampleLength = 64 * 1024;

    // Above this share of control characters (other than tab, CR, LF, FF, ESC, SUB) a file is taken as binary.
    private const double MaxControlShare = 0.01;

    /// <summary>Recognises the encoding of <paramref name="sample"/>, the first bytes of a file.</summary>
    /// <param name="sample">The file's first bytes (up to <see cref="SampleLength"/>).</param>
    /// <param name="isWholeFile">Whether the sample is the whole file (so a cut character at its end is an error).</param>
    /// <returns>The encoding; an empty sample is <see cref="TextEncodingKind.Utf8"/>.</returns>
    /// <exception cref="SourceFileException">The bytes are not text, or not in a supported encoding (see <see cref="TryDetect"/>).</exception>
    public static DetectedText Detect(ReadOnlySpan<byte> sample, bool isWholeFile) =>
        TryDetect(sample, isWholeFile, out var detected, out var failure) ? detected : throw failure.ToException();

    /// <summary>Recognises the encoding of <paramref name="sample"/>, reporting failure as a value.</summary>
    /// <param name="sample">The file's first bytes (up to <see cref="SampleLength"/>).</param>
    /// <param name="isWholeFile">Whether the sample is the whole file.</param>
    /// <param name="detected">The encoding when this returns true.</param>
    /// <param name="failure">Why not, when this returns false: <c>not_text</c> or <c>unknown_encoding</c>.</param>
    public static bool TryDetect(
        ReadOnlySpan<byte> sample, bool isWholeFile,
        [NotNullWhen(true)] out DetectedText? detected, [NotNullWhen(false)] out DetectionFailure? failure)
    {
        failure = null;
        detected = DetectBom(sample) ?? DetectUtf16(sample);
        if (detected is not null)
        {
            return true;
        }
        if (LooksBinary(sample) is { } binaryAt)
        {
            failure = NotText(binaryAt);
            return false;
        }
        var text = isWholeFile ? sample : sample[..^IncompleteUtf8Tail(sample)];
        if (Utf8.IsValid(text))
        {
            detected = new DetectedText(TextEncodingKind.Utf8, 0);
            return true;
        }
        if (IsGb18030(sample, isWholeFile))
        {
            detected = new DetectedText(TextEncodingKind.Gb18030, 0);
            return true;
        }
        failure = new DetectionFailure("unknown_encoding", new LocalizedText(
            "无法识别文件的文字编码（支持 UTF-8、GB18030/GBK、UTF-16）。请将文件另存为 UTF-8 后重新上传。",
            "The file's text encoding was not recognised (UTF-8, GB18030/GBK and UTF-16 are supported). Save it as UTF-8 and upload it again."), null);
        return false;
    }

    private static DetectedText? DetectBom(ReadOnlySpan<byte> s) => s switch
    {
        [0xEF, 0xBB, 0xBF, ..] => new DetectedText(TextEncodingKind.Utf8Bom, 3),
        [0xFF, 0xFE, ..] => new DetectedText(TextEncodingKind.Utf16LE, 2),
        [0xFE, 0xFF, ..] => new DetectedText(TextEncodingKind.Utf16BE, 2),
        _ => null,
    };

    // ASCII in UTF-16 puts a NUL in every other byte: odd positions for little endian, even for big endian.
    private static DetectedText? DetectUtf16(ReadOnlySpan<byte> s)
    {
        var pairs = Math.Min(s.Length, 4096) / 2;
        if (pairs < 2)
        {
            return null;
        }
        int even = 0, odd = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            even += s[i] == 0 ? 1 : 0;
            odd += s[i + 1] == 0 ? 1 : 0;
        }
        if (odd >= pairs * 0.3 && even <= pairs * 0.02)
        {
            return new DetectedText(TextEncodingKind.Utf16LE, 0);
        }
        return even >= pairs * 0.3 && odd <= pairs * 0.02 ? new DetectedText(TextEncodingKind.Utf16BE, 0) : null;
    }

    /// <summary>The offset of the first NUL, or of the first control character when they are too many; null for text.</summary>
    private static long? LooksBinary(ReadOnlySpan<byte> s)
    {
        var nul = s.IndexOf((byte)0);
        if (nul >= 0)
        {
            return nul;
        }
        int controls = 0, first = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] < 0x20 && s[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x1A or 0x1B) || s[i] == 0x7F)
            {
                controls++;
                first = first < 0 ? i : first;
            }
        }
        return controls > Math.Max(1, s.Length * MaxControlShare) ? first : null;
    }

    /// <summary>
    /// The length of a UTF-8 sequence cut off by the end of <paramref name="s"/> (0 to 3 bytes): a lead byte in the last
    /// three bytes announcing more bytes than remain.
    /// </summary>
    internal static int IncompleteUtf8Tail(ReadOnlySpan<byte> s)
    {
        for (var back = 1; back <= Math.Min(3, s.Length); back++)
        {
            var b = s[^back];
            if (b < 0x80)
            {
                return 0;
            }
            if (b >= 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? back : 0;
            }
        }
        return 0;
    }

    private static bool IsGb18030(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        var decoder = Gb18030.Strict.GetDecoder();
        var chars = new char[4096];
        try
        {
            // flush: false leaves a sequence cut by the end of the sample pending instead of failing it.
            for (var rest = sample; !rest.IsEmpty;)
            {
                decoder.Convert(rest, chars, flush: false, out var used, out _, out _);
                rest = rest[used..];
            }
            if (isWholeFile)
            {
                decoder.Convert([], chars, flush: true, out _, out _, out _);
            }
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static DetectionFailure NotText(long offset) => new("not_text", new LocalizedText(
        "不是文本文件（可能是二进制文件）。请上传 CSV、TSV、Excel（.xlsx）、JSON 或 Parquet 文件。",
        "This is not a text file (it may be a binary file). Upload a CSV, TSV, Excel (.xlsx), JSON or Parquet file."), offset);
}
