namespace Zhongyuan.Ingest.Text;

/// <summary>Converts one chunk of a file to UTF-8; one instance per file, as it may keep state between chunks.</summary>
internal abstract class ChunkConverter
{
    /// <summary>The converter for a file in <paramref name="kind"/>.</summary>
    public static ChunkConverter For(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf8 or TextEncodingKind.Utf8Bom => new Utf8ChunkConverter(),
        TextEncodingKind.Gb18030 => new Gb18030ChunkConverter(),
        TextEncodingKind.Utf16LE => new Utf16ChunkConverter(bigEndian: false),
        TextEncodingKind.Utf16BE => new Utf16ChunkConverter(bigEndian: true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown encoding."),
    };

    /// <summary>
    /// Converts <paramref name="input"/> into <paramref name="output"/> (room for twice the input plus 16 bytes).
    /// </summary>
    /// <param name="input">The chunk, starting with the bytes not consumed from the previous one.</param>
    /// <param name="final">Whether the file ends with this chunk (an incomplete sequence at its end is then invalid).</param>
    /// <param name="offset">The file offset of <paramref name="input"/>'s first byte, for error messages.</param>
    /// <param name="output">Receives UTF-8.</param>
    /// <param name="written">The number of bytes written to <paramref name="output"/>.</param>
    /// <returns>The number of input bytes consumed; the rest (at most 3 bytes) start the next chunk.</returns>
    /// <exception cref="TextDecodingException">Invalid bytes.</exception>
    public abstract int Convert(ReadOnlySpan<byte> input, bool final, long offset, Span<byte> output, out int written);
}
