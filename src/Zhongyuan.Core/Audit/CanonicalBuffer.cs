namespace Zhongyuan.Audit;

/// <summary>A growable byte buffer that canonical events are written into, reused across rows to avoid allocations.</summary>
internal sealed class CanonicalBuffer(int capacity = 4096)
{
    private byte[] _bytes = new byte[capacity];

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The written bytes.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>The underlying array (valid up to <see cref="Length"/>; replaced when it grows).</summary>
    public byte[] Array => _bytes;

    /// <summary>Forgets the written bytes, keeping the memory.</summary>
    public void Clear() => Length = 0;

    /// <summary>Sets the write position back to <paramref name="length"/>.</summary>
    public void Truncate(int length) => Length = length;

    /// <summary>Appends bytes.</summary>
    public void Append(ReadOnlySpan<byte> data) => data.CopyTo(Reserve(data.Length));

    /// <summary>The next <paramref name="count"/> bytes to write into, counted as written.</summary>
    public Span<byte> Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            System.Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }
        var span = _bytes.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
