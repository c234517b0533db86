namespace Zhongyuan.Ingest.Sources;

/// <summary>A growable window over a stream: the bytes read but not yet consumed.</summary>
internal sealed class ByteWindow(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>The bytes read and not yet consumed.</summary>
    public ReadOnlySpan<byte> Data => _buffer.AsSpan(_start, _end - _start);

    /// <summary>Whether the stream has no more bytes beyond <see cref="Data"/>.</summary>
    public bool Eof { get; private set; }

    /// <summary>The offset in the stream of the first byte of <see cref="Data"/>, counted from where reading began.</summary>
    public long Offset { get; private set; }

    /// <summary>Marks the first <paramref name="count"/> bytes of <see cref="Data"/> consumed.</summary>
    public void Consume(int count)
    {
        _start += count;
        Offset += count;
    }

    /// <summary>Reads more bytes after <see cref="Data"/>, moving it to the buffer's start or doubling the buffer for room.</summary>
    public void Fill()
    {
        var length = _end - _start;
        if (length == _buffer.Length)
        {
            Array.Resize(ref _buffer, checked(_buffer.Length * 2));
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, length).CopyTo(_buffer);
        }
        _start = 0;
        _end = length;
        var n = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += n;
        Eof = n == 0;
    }

    /// <summary>Consumes a UTF-8 byte order mark at the start of <see cref="Data"/>, if there is one.</summary>
    public void SkipBom()
    {
        if (Data.StartsWith("\uFEFF"u8))
        {
            Consume(3);
        }
    }
}
