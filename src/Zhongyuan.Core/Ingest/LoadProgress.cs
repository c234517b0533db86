namespace Zhongyuan.Ingest;

/// <summary>Live counters of a running load, read by the job runner to report progress.</summary>
public sealed class LoadProgress
{
    private long _bytesRead;
    private long _rowsRead;
    private long _rowsRejected;

    /// <summary>Source bytes read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Rows read so far.</summary>
    public long RowsRead => Interlocked.Read(ref _rowsRead);

    /// <summary>Rows rejected so far.</summary>
    public long RowsRejected => Interlocked.Read(ref _rowsRejected);

    /// <summary>The size of the source in bytes.</summary>
    public long? BytesTotal { get; set; }

    /// <summary>A reporter of bytes read, for streaming copies.</summary>
    public IProgress<long> Bytes => new SyncProgress(v => Interlocked.Exchange(ref _bytesRead, v));

    /// <summary>
    /// The share of the source already gone through before the converting scan starts (0.5 after transcoding a non-UTF-8
    /// file, which counts as the first half; 1 after a C# reader has staged the rows).
    /// </summary>
    internal double ConvertStart { get; set; }

    /// <summary>A reporter of bytes of one pass over the source, counted as <paramref name="share"/> of it after <paramref name="start"/>.</summary>
    internal IProgress<long> Pass(double start, double share)
    {
        var total = BytesTotal ?? 0;
        return new SyncProgress(v => Interlocked.Exchange(ref _bytesRead, (long)((start * total) + (v * share))));
    }

    internal void SetRows(long rows) => Interlocked.Exchange(ref _rowsRead, rows);

    internal void SetRejected(long rows) => Interlocked.Exchange(ref _rowsRejected, rows);

    /// <summary>Reports synchronously on the caller's thread (Progress&lt;T&gt; would post to the thread pool out of order).</summary>
    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
