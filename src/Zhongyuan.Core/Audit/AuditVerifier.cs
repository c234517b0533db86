using System.Threading.Channels;
using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Audit;

/// <summary>
/// Recomputes the audit chain from the first stored event (seq 1, or the checkpoint anchor left by retention pruning)
/// and checks every checkpoint's SM2 signature with the node key. Names the first event that was altered (its content
/// no longer gives its hash), removed (a seq gap, a prefix gone without an anchor, a tail cut below a checkpoint) or
/// reordered (it does not link to its predecessor). Rows are read and hashed in seq ranges on all cores, eight hashes at a
/// time (<see cref="Sm3Lanes"/>), and checked in order.
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
        await StreamAsync(walk, ct).ConfigureAwait(false);
        walk.Finish();
        var found = walk.Break;
        if (badSignature is not null && (found is null || badSignature.Seq <= found.Seq))
        {
            found = new AuditBreak(AuditBreakKind.BadCheckpoint, badSignature.Seq, walk.PositionOf(badSignature.Seq), Messages.BadCheckpoint(badSignature.Seq));
        }
        return new AuditVerification(found is null, walk.Events, checkpoints.Count, walk.FirstSeq, walk.LastSeq, walk.AnchorSeq, found);
    }

    /// <summary>
    /// The chain is cut into seq ranges of one batch each; every core reads and hashes every n-th range on its own
    /// connection, and the walk checks the batches in seq order as they arrive (each worker is at most two batches ahead).
    /// </summary>
    private async Task StreamAsync(ChainWalk walk, CancellationToken ct)
    {
        Bounds bounds;
        await using (var c = await database.OpenAsync(ct).ConfigureAwait(false))
        {
            bounds = await c.QuerySingleAsync<Bounds>(new CommandDefinition(database.Sql("Audit/Sql/SelectSeqBounds"), cancellationToken: ct)).ConfigureAwait(false);
        }
        if (bounds.First is not { } first || bounds.Last is not { } last)
        {
            return;
        }
        var chunks = (last - first) / VerifyBatch.Capacity + 1;
        var workers = (int)Math.Min(chunks, Math.Clamp(Environment.ProcessorCount, 1, 4));
        var outputs = Enumerable.Range(0, workers).Select(_ => Channel.CreateBounded<VerifyBatch>(2)).ToArray();
        var pools = Enumerable.Range(0, workers).Select(_ => Channel.CreateUnbounded<VerifyBatch>()).ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            for (var i = 0; i < 3; i++)
            {
                pools[w].Writer.TryWrite(new VerifyBatch());
            }
            var worker = w;
            tasks[w] = Task.Run(() => WorkAsync(worker, workers, first, chunks, pools[worker].Reader, outputs[worker].Writer, stop.Token), CancellationToken.None);
        }
        try
        {
            for (var k = 0L; k < chunks && !walk.Stopped; k++)
            {
                var batch = await outputs[k % workers].Reader.ReadAsync(ct).ConfigureAwait(false);
                if (batch.Count == 0 && k < chunks - 1)
                {
                    // A whole range without a row, rows after it: a gap (or a seq moved far away). Read on from here in
                    // one stream rather than range by range, so a forged seq of 10^12 costs one query, not 10^8.
                    await ReadRestAsync(walk, first + (k * VerifyBatch.Capacity), batch, ct).ConfigureAwait(false);
                    break;
                }
                walk.Check(batch);
                pools[k % workers].Writer.TryWrite(batch);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
    }

    /// <summary>Reads, hashes and checks every row from seq <paramref name="from"/> on, in one stream.</summary>
    private async Task ReadRestAsync(ChainWalk walk, long from, VerifyBatch batch, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        using var reader = ChainReader.Open(c, database.Sql("Audit/Sql/SelectChainRange"), from, long.MaxValue);
        var more = true;
        while (more && !walk.Stopped)
        {
            batch.Clear();
            more = reader.Fill(batch);
            batch.CheckContent();
            walk.Check(batch);
        }
    }

    /// <summary>Reads and hashes ranges <paramref name="worker"/>, +workers, … until done or stopped; a failure reaches the walk's reader.</summary>
    private async Task WorkAsync(int worker, int workers, long first, long chunks, ChannelReader<VerifyBatch> pool, ChannelWriter<VerifyBatch> output, CancellationToken stop)
    {
        try
        {
            var sql = database.Sql("Audit/Sql/SelectChainRange");
            if (database.Dialect == SqlDialect.Sqlite)
            {
                using var db = ChainReader.OpenUnlocked(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
                await ReadRangesAsync(worker, workers, first, chunks, pool, output, (from, to) => ChainReader.Open(db, sql, from, to), stop).ConfigureAwait(false);
            }
            else
            {
                await using var c = await database.OpenAsync(stop).ConfigureAwait(false);
                await ReadRangesAsync(worker, workers, first, chunks, pool, output, (from, to) => ChainReader.Open(c, sql, from, to), stop).ConfigureAwait(false);
            }
            output.TryComplete();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            output.TryComplete();
        }
        catch (Exception e)
        {
            output.TryComplete(e);
        }
    }

    private static async Task ReadRangesAsync(int worker, int workers, long first, long chunks, ChannelReader<VerifyBatch> pool,
        ChannelWriter<VerifyBatch> output, Func<long, long, ChainReader> open, CancellationToken stop)
    {
        for (var k = (long)worker; k < chunks; k += workers)
        {
            var batch = await pool.ReadAsync(stop).ConfigureAwait(false);
            batch.Clear();
            var from = first + (k * VerifyBatch.Capacity);
            using (var reader = open(from, from + VerifyBatch.Capacity))
            {
                reader.Fill(batch);
            }
            batch.CheckContent();
            await output.WriteAsync(batch, stop).ConfigureAwait(false);
        }
    }

    private sealed class Bounds
    {
        public long? First { get; set; }
        public long? Last { get; set; }
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
