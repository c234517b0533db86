using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Zhongyuan.Ingest.Text;

/// <summary>Validates UTF-8 while copying it, keeping back a character cut by the end of a chunk.</summary>
internal sealed class Utf8ChunkConverter : ChunkConverter
{
    /// <inheritdoc />
    public override int Convert(ReadOnlySpan<byte> input, bool final, long offset, Span<byte> output, out int written)
    {
        var valid = final ? input : input[..^EncodingDetector.IncompleteUtf8Tail(input)];
        if (!Utf8.IsValid(valid))
        {
            throw new TextDecodingException(TextEncodingKind.Utf8, offset + FirstInvalid(valid));
        }
        valid.CopyTo(output);
        written = valid.Length;
        return valid.Length;
    }

    /// <summary>The index of the first invalid byte of <paramref name="bytes"/> (only on the error path).</summary>
    internal static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var length) != OperationStatus.Done)
            {
                return index;
            }
            index += length;
        }
        return index;
    }
}
