using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Zhongyuan.Ingest.Text;

/// <summary>
/// GB18030 to UTF-8: ASCII runs are copied (vectorised search for the next byte ≥ 0x80); two-byte sequences are
/// looked up in <see cref="Gb18030PairTable"/>; four-byte sequences and anything the table lacks (including every
/// invalid sequence, so errors are the stock decoder's) go through the stock strict decoder.
/// </summary>
/// <remarks>
/// Sequences are delimited by the structure of GB18030, not by byte values alone: the second byte of a two-byte
/// sequence may be ASCII (0x40–0x7E), and the second and fourth bytes of a four-byte sequence are ASCII digits
/// (0x30–0x39). A sequence cut by the end of a chunk is kept back for the next chunk, so every decoder call sees a
/// whole sequence and no decoder state is needed between chunks.
/// The stock decoder per run was tried first and was slower than a plain StreamReader: its span overload allocates
/// on every call, and Chinese text in CSV comes in short runs.
/// </remarks>
internal sealed class Gb18030ChunkConverter : ChunkConverter
{
    /// <inheritdoc />
    public override int Convert(ReadOnlySpan<byte> input, bool final, long offset, Span<byte> output, out int written)
    {
        int i = 0, o = 0;
        while (i < input.Length)
        {
            var ascii = input[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            var copy = ascii < 0 ? input.Length - i : ascii;
            input.Slice(i, copy).CopyTo(output[o..]);
            i += copy;
            o += copy;
            while (i < input.Length && input[i] >= 0x80)
            {
                var length = i + 1 < input.Length && input[i + 1] is >= 0x30 and <= 0x39 ? 4 : 2;
                if (i + length > input.Length)
                {
                    // Cut by the end of the chunk: keep it for the next one, unless the file ends here.
                    written = o;
                    return final ? throw new TextDecodingException(TextEncodingKind.Gb18030, offset + i) : i;
                }
                var entry = length == 2 ? Gb18030PairTable.Lookup(input[i], input[i + 1]) : 0;
                if (entry != 0)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(output[o..], entry);
                    o += (int)(entry >> 24);
                }
                else
                {
                    o += DecodeSlow(input.Slice(i, length), offset + i, output[o..]);
                }
                i += length;
            }
        }
        written = o;
        return i;
    }

    private static int DecodeSlow(ReadOnlySpan<byte> sequence, long offset, Span<byte> output)
    {
        Span<char> chars = stackalloc char[8];
        int count;
        try
        {
            count = Gb18030.Strict.GetChars(sequence, chars);
        }
        catch (DecoderFallbackException e)
        {
            throw new TextDecodingException(TextEncodingKind.Gb18030, offset + Math.Clamp(e.Index, 0, sequence.Length - 1), e);
        }
        Utf8.FromUtf16(chars[..count], output, out _, out var written);
        return written;
    }
}
