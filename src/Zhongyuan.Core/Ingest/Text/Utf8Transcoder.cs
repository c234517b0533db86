using System.Buffers;

namespace Zhongyuan.Ingest.Text;

/// <summary>
/// Rewrites a text file as UTF-8 without a byte order mark, streaming in 1 MB chunks with bounded memory, so that
/// DuckDB's <c>read_csv</c> (which reads UTF-8 only) can stage it. Every byte is validated: bytes that are not
/// valid in the detected encoding, wherever they are, fail the whole file with a <see cref="TextDecodingException"/>.
/// </summary>
/// <remarks>
/// GB18030 has a fast path: runs of ASCII bytes, which are the same in GB18030 and UTF-8, are copied as they are;
/// only the non-ASCII runs between them go through the stock decoder. CSV files are mostly delimiters, digits and
/// codes, so most bytes take the copy.
/// </remarks>
public static class Utf8Transcoder
{
    /// <summary>The size of the input chunks (1 MB).</summary>
    public const int DefaultBufferSize = 1 << 20;

    // The longest sequence kept back when a chunk ends inside it is 3 bytes (of a 4-byte sequence).
    private const int MaxCarry = 4;

    /// <summary>
    /// Reads <paramref name="input"/> from its current position, which must be the start of the file (a byte order
    /// mark of <see cref="DetectedText.BomLength"/> bytes is skipped), and writes it to <paramref name="output"/> as UTF-8.
    /// </summary>
    /// <param name="input">The file, at its start.</param>
    /// <param name="output">Receives UTF-8 without a byte order mark; not flushed or closed.</param>
    /// <param name="encoding">The encoding from <see cref="EncodingDetector"/>.</param>
    /// <param name="bytesRead">Told the number of input bytes read so far (the byte order mark included), once per chunk.</param>
    /// <param name="ct">Cancels between chunks.</param>
    /// <returns>The number of UTF-8 bytes written.</returns>
    /// <exception cref="TextDecodingException">The input has bytes that are invalid in <paramref name="encoding"/>.</exception>
    public static Task<long> TranscodeAsync(Stream input, Stream output, DetectedText encoding, IProgress<long>? bytesRead, CancellationToken ct) =>
        TranscodeAsync(input, output, encoding, bytesRead, DefaultBufferSize, ct);

    /// <summary>As the public overload, with the chunk size chosen (tests use tiny chunks to cut sequences).</summary>
    internal static async Task<long> TranscodeAsync(
        Stream input, Stream output, DetectedText encoding, IProgress<long>? bytesRead, int bufferSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        var converter = ChunkConverter.For(encoding.Kind);
        var inBuffer = ArrayPool<byte>.Shared.Rent(bufferSize + MaxCarry);
        var outBuffer = ArrayPool<byte>.Shared.Rent(2 * (bufferSize + MaxCarry) + 16);
        try
        {
            long offset = await SkipAsync(input, inBuffer, encoding.BomLength, ct);
            long written = 0;
            var carry = 0;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var n = await input.ReadAsync(inBuffer.AsMemory(carry, bufferSize), ct);
                var filled = carry + n;
                var consumed = converter.Convert(inBuffer.AsSpan(0, filled), n == 0, offset, outBuffer, out var produced);
                await output.WriteAsync(outBuffer.AsMemory(0, produced), ct);
                written += produced;
                offset += consumed;
                carry = filled - consumed;
                inBuffer.AsSpan(consumed, carry).CopyTo(inBuffer);
                bytesRead?.Report(offset + carry);
                if (n == 0)
                {
                    return written;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(inBuffer);
            ArrayPool<byte>.Shared.Return(outBuffer);
        }
    }

    private static async Task<long> SkipAsync(Stream input, byte[] buffer, int count, CancellationToken ct)
    {
        if (count > 0)
        {
            await input.ReadExactlyAsync(buffer.AsMemory(0, count), ct);
        }
        return count;
    }
}
