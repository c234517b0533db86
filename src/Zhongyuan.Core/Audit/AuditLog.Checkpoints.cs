using Dapper;

namespace Zhongyuan.Audit;

public sealed partial class AuditLog
{
    /// <summary>
    /// Signs the chain head when <see cref="AuditOptions.CheckpointEvery"/> events or <see cref="AuditOptions.CheckpointSeconds"/>
    /// seconds have passed since the last checkpoint (or always, when <paramref name="force"/>d), provided the head moved.
    /// Otherwise arms the timer for the next time-based checkpoint.
    /// </summary>
    private async Task CheckpointIfDueAsync(bool force)
    {
        await using var c = await _database.OpenAsync().ConfigureAwait(false);
        _lastCheckpoint ??= await c.QueryFirstOrDefaultAsync<Checkpointed>(_database.Sql("Audit/Sql/SelectLastCheckpoint")).ConfigureAwait(false) is { } last
            ? last
            : new Checkpointed(0, 0);
        var head = await c.QuerySingleAsync<Head>(_database.Sql("Audit/Sql/SelectChainHead")).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var interval = TimeSpan.FromSeconds(_options.CheckpointSeconds);
        var lastAt = AuditCanonical.FromMicroseconds(_lastCheckpoint.At);
        var due = force || head.Seq - _lastCheckpoint.Seq >= _options.CheckpointEvery || now - lastAt >= interval;
        if (head.Seq <= _lastCheckpoint.Seq)
        {
            return;
        }
        if (!due)
        {
            _checkpointTimer ??= Task.Delay(lastAt + interval - now, _time);
            return;
        }
        var at = AuditCanonical.ToMicroseconds(now);
        var signature = _node.Signer.Sign(AuditCanonical.CheckpointBytes(head.Seq, head.Hash, at));
        await c.ExecuteAsync(_database.Sql("Audit/Sql/InsertCheckpoint"), new { head.Seq, head.Hash, At = at, Signer = _node.Signer.Fingerprint, Signature = signature }).ConfigureAwait(false);
        _lastCheckpoint = new Checkpointed(head.Seq, at);
        _checkpointTimer = null;
    }
}
