using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Audit;

/// <summary>
/// Prunes events older than the retention (<see cref="AuditOptions.EffectiveRetentionDays"/>, at least 180 days), only
/// up to a checkpoint: the newest checkpoint made before the cutoff becomes the chain's anchor (it is kept, older
/// checkpoints go), so <see cref="AuditVerifier"/> starts from its signed hash.
/// </summary>
public sealed class AuditRetention(Database database, TimeProvider time, AuditOptions options)
{
    /// <summary>Removes what the retention allows; returns the new anchor's seq (null when nothing was old enough) and the events removed.</summary>
    public async Task<(long? AnchorSeq, int EventsRemoved)> PruneAsync(CancellationToken ct = default)
    {
        var cutoff = AuditCanonical.ToMicroseconds(time.GetUtcNow().AddDays(-options.EffectiveRetentionDays));
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var anchor = await c.ExecuteScalarAsync<long?>(new CommandDefinition(database.Sql("Audit/Sql/SelectPruneAnchor"), new { Cutoff = cutoff }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (anchor is null)
        {
            return (null, 0);
        }
        var removed = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Audit/Sql/CountUpTo"), new { Anchor = anchor }, t, cancellationToken: ct)).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Audit/Sql/Prune"), new { Anchor = anchor }, t, cancellationToken: ct)).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return (anchor, checked((int)removed));
    }
}
