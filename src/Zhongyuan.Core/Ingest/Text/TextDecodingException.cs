using System.Globalization;
using Zhongyuan.Ingest.Sources;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Text;

/// <summary>
/// Bytes in the middle of a file are not valid in the encoding detected from its start: typically a file pasted
/// together from parts saved in different encodings. <see cref="SourceFileException.ByteOffset"/> is the 0-based
/// offset of the first invalid byte in the whole file (the byte order mark included).
/// </summary>
public sealed class TextDecodingException : SourceFileException
{
    /// <summary>Creates the exception for an invalid byte at <paramref name="byteOffset"/> (0-based, in the file).</summary>
    public TextDecodingException(TextEncodingKind encoding, long byteOffset, Exception? inner = null)
        : base("encoding_mixed", Describe(encoding, byteOffset), byteOffset, null, inner)
    {
        Encoding = encoding;
    }

    /// <summary>The encoding the file was being decoded as.</summary>
    public TextEncodingKind Encoding { get; }

    private static LocalizedText Describe(TextEncodingKind encoding, long byteOffset)
    {
        var name = encoding switch
        {
            TextEncodingKind.Gb18030 => "GB18030",
            TextEncodingKind.Utf16LE or TextEncodingKind.Utf16BE => "UTF-16",
            _ => "UTF-8",
        };
        // People count bytes from 1; the offset property stays 0-based for programs.
        var n = (byteOffset + 1).ToString("N0", CultureInfo.InvariantCulture);
        return new LocalizedText(
            $"文件第 {n} 字节处的内容不是 {name} 编码，文件可能混用了多种编码。请将整个文件另存为同一种编码（推荐 UTF-8）后重新上传。",
            $"The content at byte {n} of the file is not valid {name}; the file may mix several encodings. Save the whole file in one encoding (UTF-8 recommended) and upload it again.");
    }
}
