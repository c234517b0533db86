using Microsoft.Extensions.Logging;
using Zhongyuan.Crypto;

namespace Zhongyuan.Audit;

public sealed partial class AuditLog
{
    private Sm3Hmac? _subjectMac;
    private Checkpointed? _lastCheckpoint;
    private Task? _checkpointTimer;
    private volatile bool _disposing;

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_options.BatchSize);
        var reader = _queue.Reader;
        while (await WaitAsync().ConfigureAwait(false))
        {
            while (batch.Count < _options.BatchSize && reader.TryRead(out var item))
            {
                batch.Add(item);
            }
            await ProcessAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    /// <summary>Waits for queued items or for a due checkpoint; false once the queue is completed and empty.</summary>
    private async Task<bool> WaitAsync()
    {
        var read = _queue.Reader.WaitToReadAsync().AsTask();
        while (!read.IsCompleted && _checkpointTimer is { } timer)
        {
            if (await Task.WhenAny(read, timer).ConfigureAwait(false) == timer)
            {
                _checkpointTimer = null;
                await WithRetryAsync(() => CheckpointIfDueAsync(force: false)).ConfigureAwait(false);
            }
        }
        return await read.ConfigureAwait(false);
    }

    private async Task ProcessAsync(List<Pending> batch)
    {
        var events = batch.Where(p => p.Event is not null).ToList();
        if (events.Count > 0)
        {
            _subjectMac ??= new Sm3Hmac(await _keys.PlatformKeyAsync(SubjectHasher.KeyName).ConfigureAwait(false));
            var rows = events.Select(p => AuditRow.From(p.Event!, p.At, SubjectHasher.HashAll(_subjectMac, p.Event!.SubjectKeys))).ToList();
            await WithRetryAsync(() => WriteBatchAsync(rows)).ConfigureAwait(false);
            Written += rows.Count;
        }
        var force = batch.Any(p => p.Checkpoint);
        if (events.Count > 0 || force)
        {
            await WithRetryAsync(() => CheckpointIfDueAsync(force)).ConfigureAwait(false);
        }
        foreach (var marker in batch.Where(p => p.Done is not null))
        {
            marker.Done!.TrySetResult();
        }
    }

    /// <summary>
    /// Retries a failed write (database away) every second, keeping the events; once the log is being disposed it
    /// gives up after three attempts and logs the loss.
    /// </summary>
    private async Task WithRetryAsync(Func<Task> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                if (_disposing && attempt >= 3)
                {
                    _logger.LogCritical(e, "Writing the audit log failed while stopping; the batch is lost");
                    return;
                }
                _logger.LogError(e, "Writing the audit log failed (attempt {Attempt}); retrying in 1 s", attempt);
                await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System).ConfigureAwait(false);
            }
        }
    }

    private sealed record Checkpointed(long Seq, long At);
}
