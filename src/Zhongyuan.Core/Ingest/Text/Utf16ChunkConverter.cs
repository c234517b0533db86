using System.Text;

namespace Zhongyuan.Ingest.Text;

/// <summary>UTF-16 to UTF-8 through strict stock decoder and encoder, which keep a cut character between chunks.</summary>
internal sealed class Utf16ChunkConverter(bool bigEndian) : ChunkConverter
{
    private readonly Decoder _decoder = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetEncoder();
    private char[] _chars = new char[256];

    private TextEncodingKind Kind => bigEndian ? TextEncodingKind.Utf16BE : TextEncodingKind.Utf16LE;

    /// <inheritdoc />
    public override int Convert(ReadOnlySpan<byte> input, bool final, long offset, Span<byte> output, out int written)
    {
        if (_chars.Length < input.Length / 2 + 2)
        {
            _chars = new char[input.Length / 2 + 2];
        }
        int chars;
        try
        {
            _decoder.Convert(input, _chars, final, out _, out chars, out _);
            _encoder.Convert(_chars.AsSpan(0, chars), output, final, out _, out written, out _);
        }
        catch (DecoderFallbackException e)
        {
            throw new TextDecodingException(Kind, offset + Math.Max(0, e.Index), e);
        }
        catch (EncoderFallbackException e)
        {
            // A lone surrogate: UTF-16 that no character can be made of.
            throw new TextDecodingException(Kind, offset, e);
        }
        return input.Length;
    }
}
