using DuckDB.NET.Data;

namespace Zhongyuan.Ingest;

/// <summary>
/// While a long DuckDB statement runs (the converting scan), reads DuckDB's own query progress ten times a second and
/// reports it as bytes of the source, so a job's progress, rate and ETA move during the scan instead of jumping at its end.
/// </summary>
internal sealed class ScanProgress : IDisposable
{
    private readonly DuckDBConnection _duck;
    private readonly IProgress<long> _pass;
    private readonly long _total;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _stopped;

    public ScanProgress(DuckDBConnection duck, LoadProgress progress)
    {
        _duck = duck;
        _total = progress.BytesTotal ?? 0;
        _pass = progress.Pass(progress.ConvertStart, 1 - progress.ConvertStart);
        _timer = new Timer(_ => Poll(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    private void Poll()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }
            // Percentage is -1 until DuckDB can tell; it covers the scan of the source, which dominates the statement.
            var percent = _duck.GetQueryProgress().Percentage;
            if (percent >= 0)
            {
                _pass.Report((long)(Math.Min(percent, 100) / 100 * _total));
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
        }
        _timer.Dispose();
    }
}
