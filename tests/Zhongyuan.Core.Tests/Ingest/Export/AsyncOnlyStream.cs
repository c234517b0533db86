namespace Zhongyuan.Tests.Ingest.Export;

/// <summary>A memory stream that, like an ASP.NET Core response body, throws on synchronous writes and flushes.</summary>
internal sealed class AsyncOnlyStream : MemoryStream
{
    private bool _async;

    public override void Write(byte[] buffer, int offset, int count)
    {
        ThrowIfSync();
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfSync();
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        ThrowIfSync();
        base.WriteByte(value);
    }

    public override void Flush() => ThrowIfSync();

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        _async = true;
        try
        {
            base.Write(buffer.Span);
        }
        finally
        {
            _async = false;
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void ThrowIfSync()
    {
        if (!_async)
        {
            throw new InvalidOperationException("Synchronous operations are disallowed.");
        }
    }
}
