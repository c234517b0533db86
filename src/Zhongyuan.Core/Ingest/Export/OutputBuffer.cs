namespace Zhongyuan.Ingest.Export;

/// <summary>
/// A memory buffer in front of the output stream: writers write synchronously into it, and it is drained to the
/// output with asynchronous writes only (ASP.NET Core refuses synchronous writes to a response body).
/// </summary>
internal sealed class OutputBuffer(Stream output) : IDisposable
{
    /// <summary>Drain once this many bytes are buffered.</summary>
    public const int Threshold = 64 * 1024;

    /// <summary>The buffer to write into.</summary>
    public MemoryStream Memory { get; } = new(Threshold * 2);

    /// <summary>Writes the buffered bytes to the output and empties the buffer.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        if (Memory.Length > 0)
        {
            await output.WriteAsync(Memory.GetBuffer().AsMemory(0, (int)Memory.Length), cancellationToken).ConfigureAwait(false);
            Memory.SetLength(0);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Memory.Dispose();
}
