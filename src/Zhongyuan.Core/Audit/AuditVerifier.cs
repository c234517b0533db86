using System.Threading.Channels;
using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Audit;

/// <summary>
/// Recomputes the audit chain from the first stored event (seq 1, or the checkpoint anchor left by retention pruning)
/// and checks every checkpoint's SM2 signature with the node key. Names the first event that was altered (its content
/// no longer gives its hash), removed (a seq gap, a prefix gone without an anchor, a tail cut below a checkpoint) or
/// reordered (it does not link to its predecessor). Rows are streamed in batches; hashing runs on all cores.
/// </summary>
public sealed class AuditVerifier(Database database, NodeKeys node, TimeProvider time)
{
    /// <summary>Verifies the whole stored chain.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken ct = default) => Task.Run(() => VerifyCoreAsync(ct), ct);

    private async Task<AuditVerification> VerifyCoreAsync(CancellationToken ct)
    {
        List<Checkpoint> checkpoints;
        await using (var c = await database.OpenAsync(ct).ConfigureAwait(false))
        {
            checkpoints = [.. await c.QueryAsync<Checkpoint>(new CommandDefinition(database.Sql("Audit/Sql/SelectCheckpoints"), cancellationToken: ct)).ConfigureAwait(false)];
        }
        var badSignature = checkpoints.FirstOrDefault(cp => !node.Signer.Verify(AuditCanonical.CheckpointBytes(cp.Seq, cp.Hash, cp.At), cp.Signature));
        var walk = new ChainWalk(checkpoints, time.GetUtcNow().AddDays(-AuditOptions.MinimumRetentionDays));
        await using (var c = await database.OpenAsync(ct).ConfigureAwait(false))
        {
            await StreamAsync(c, walk, ct).ConfigureAwait(false);
        }
        walk.Finish();
        var found = walk.Break;
        if (badSignature is not null && (found is null || badSignature.Seq <= found.Seq))
        {
            found = new AuditBreak(AuditBreakKind.BadCheckpoint, badSignature.Seq, walk.PositionOf(badSignature.Seq), Messages.BadCheckpoint(badSignature.Seq));
        }
        return new AuditVerification(found is null, walk.Events, checkpoints.Count, walk.FirstSeq, walk.LastSeq, walk.AnchorSeq, found);
    }

    /// <summary>One thread reads batches while the others hash the previous ones; the walk then checks them in order.</summary>
    private async Task StreamAsync(System.Data.Common.DbConnection c, ChainWalk walk, CancellationToken ct)
    {
        var full = Channel.CreateBounded<VerifyBatch>(2);
        var empty = Channel.CreateUnbounded<VerifyBatch>();
        for (var i = 0; i < 4; i++)
        {
            empty.Writer.TryWrite(new VerifyBatch());
        }
        var producer = Task.Run(async () =>
        {
            try
            {
                using var reader = ChainReader.Open(c, database.Sql("Audit/Sql/SelectChain"));
                var more = true;
                while (more && !walk.Stopped)
                {
                    var batch = await empty.Reader.ReadAsync(ct).ConfigureAwait(false);
                    batch.Clear();
                    more = reader.Fill(batch);
                    await full.Writer.WriteAsync(batch, ct).ConfigureAwait(false);
                }
            }
            finally
            {
                full.Writer.TryComplete();
            }
        }, ct);
        await foreach (var batch in full.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            HashInParallel(batch);
            walk.Check(batch);
            empty.Writer.TryWrite(batch);
        }
        await producer.ConfigureAwait(false);
    }

    private static void HashInParallel(VerifyBatch batch)
    {
        var parts = Math.Max(1, Math.Min(Environment.ProcessorCount, batch.Count / 256));
        var size = (batch.Count + parts - 1) / parts;
        Parallel.For(0, parts, p => batch.CheckContent(Sm3.CreateHasher(), p * size, Math.Min(batch.Count, (p + 1) * size)));
    }

    internal sealed class Checkpoint
    {
        public long Seq { get; set; }
        public byte[] Hash { get; set; } = [];
        public long At { get; set; }
        public string Signer { get; set; } = "";
        public byte[] Signature { get; set; } = [];
    }
}
