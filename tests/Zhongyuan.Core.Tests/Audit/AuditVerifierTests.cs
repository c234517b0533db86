using Zhongyuan.Audit;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Audit;

public sealed class AuditVerifierTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_FieldUpdatedInDatabase_AlteredAtThatEvent(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(100);

        await f.ExecuteAsync("UPDATE audit_events SET row_count = 0 WHERE seq = 42");
        var result = await f.Verifier.VerifyAsync();

        Assert.False(result.Ok);
        Assert.Equal(AuditBreakKind.Altered, result.Break!.Kind);
        Assert.Equal(42, result.Break.Seq);
        Assert.Equal(41, result.Break.Position);
        Assert.Equal(41, result.EventsChecked);
        Assert.Contains("42", result.Break.Message.Zh, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_TextFieldUpdated_Altered(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(20);

        await f.ExecuteAsync("UPDATE audit_events SET username = '王五' WHERE seq = 7");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal((AuditBreakKind.Altered, 7L), (result.Break!.Kind, result.Break.Seq));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_RowDeleted_RemovedAtThatSeq(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(100);

        await f.ExecuteAsync("DELETE FROM audit_events WHERE seq = 57");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal(AuditBreakKind.Removed, result.Break!.Kind);
        Assert.Equal(57, result.Break.Seq);
        Assert.Equal(56, result.Break.Position);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_SeveralReadRanges_IntactThenAlteredInTheThirdRange(string engine)
    {
        // More than two read ranges of VerifyBatch.Capacity (4,096) events, so several workers read and the walk
        // joins their batches in order.
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(10_000);

        var intact = await f.Verifier.VerifyAsync();
        await f.ExecuteAsync("UPDATE audit_events SET username = '王五' WHERE seq = 9000");
        var altered = await f.Verifier.VerifyAsync();

        Assert.True(intact.Ok);
        Assert.Equal(10_000, intact.EventsChecked);
        Assert.Equal((AuditBreakKind.Altered, 9000L, 8999L), (altered.Break!.Kind, altered.Break.Seq, altered.Break.Position));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_RangeBorderRowDeleted_RemovedAtThatSeq(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(9000);

        await f.ExecuteAsync("DELETE FROM audit_events WHERE seq = 4097");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal((AuditBreakKind.Removed, 4097L), (result.Break!.Kind, result.Break.Seq));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_WholeRangeDeletedAndLastSeqMovedFarAway_RemovedAtTheGapQuickly(string engine)
    {
        // A gap of a whole range, then a row moved to seq 10^12: read on in one stream rather than 2.4*10^8 empty ranges.
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(9000);

        await f.ExecuteAsync("DELETE FROM audit_events WHERE seq BETWEEN 4000 AND 8500");
        await f.ExecuteAsync("UPDATE audit_events SET seq = 1000000000000 WHERE seq = 9000");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal((AuditBreakKind.Removed, 4000L), (result.Break!.Kind, result.Break.Seq));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_TwoRowsSeqSwapped_ReorderedAtTheFirst(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(100);

        await f.ExecuteAsync("UPDATE audit_events SET seq = -1 WHERE seq = 30");
        await f.ExecuteAsync("UPDATE audit_events SET seq = 30 WHERE seq = 31");
        await f.ExecuteAsync("UPDATE audit_events SET seq = 31 WHERE seq = -1");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal(AuditBreakKind.Reordered, result.Break!.Kind);
        Assert.Equal(30, result.Break.Seq);
        Assert.Equal(29, result.Break.Position);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_FirstRowDeleted_RemovedAtOne(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine, new AuditOptions { CheckpointEvery = 1_000_000 });
        await f.AppendAsync(10);
        await f.ExecuteAsync("DELETE FROM audit_checkpoints");

        await f.ExecuteAsync("DELETE FROM audit_events WHERE seq = 1");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal((AuditBreakKind.Removed, 1L, 0L), (result.Break!.Kind, result.Break.Seq, result.Break.Position));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_TailCutBelowCheckpoint_RemovedAfterLastKept(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(50);
        await f.Log.CheckpointAsync();

        await f.ExecuteAsync("DELETE FROM audit_events WHERE seq > 45");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal((AuditBreakKind.Removed, 46L, 45L), (result.Break!.Kind, result.Break.Seq, result.Break.Position));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_CheckpointSignatureOrHashTampered_Detected(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(20);
        await f.Log.CheckpointAsync();
        await f.AppendAsync(20, from: 21);
        await f.Log.CheckpointAsync();

        await f.ExecuteAsync("UPDATE audit_checkpoints SET at = at + 1 WHERE seq = 40");
        var result = await f.Verifier.VerifyAsync();

        Assert.Equal((AuditBreakKind.BadCheckpoint, 40L), (result.Break!.Kind, result.Break.Seq));
        // The two asked for, plus one at seq 1 when the writer's first batch held a single event (it checkpoints a
        // chain that has none yet); which happens depends on how the appends were batched.
        Assert.InRange(result.CheckpointsChecked, 2, 3);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task VerifyAsync_ChainRewrittenConsistently_CaughtBySignedCheckpoint(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(20);
        await f.Log.CheckpointAsync();

        // An attacker who rewrites event 20 and recomputes its hash still cannot re-sign the checkpoint.
        var forged = await ForgeAsync(f, 20);
        var result = await f.Verifier.VerifyAsync();
        // The writer also signs after its first batch, which holds 1 to 20 events depending on timing: the first checkpoint
        // covering the forged event 2 is the one that catches it.
        var catching = await f.ScalarAsync<long>("SELECT min(seq) FROM audit_checkpoints WHERE seq >= 2");

        Assert.True(forged);
        Assert.Equal(AuditBreakKind.Altered, result.Break!.Kind);
        // The first event after the previous checkpoint (at 1 when the first batch held one event, else none).
        Assert.InRange(result.Break.Seq, 1, 2);
        Assert.InRange(catching, 2, 20);
        Assert.Contains($"checkpoint at {catching}", result.Break.Message.En, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task PruneAsync_OldEvents_RemovedUpToCheckpointAndChainStillVerifies(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(30);
        await f.Log.CheckpointAsync();
        f.Time.Advance(TimeSpan.FromDays(100));
        await f.AppendAsync(10, from: 31);
        await f.Log.CheckpointAsync();
        f.Time.Advance(TimeSpan.FromDays(100));
        await f.AppendAsync(5, from: 41);

        var (anchor, removed) = await f.Retention.PruneAsync();
        var result = await f.Verifier.VerifyAsync();
        await f.ExecuteAsync("DELETE FROM audit_events WHERE seq = 31");
        var broken = await f.Verifier.VerifyAsync();

        Assert.Equal(30, anchor);
        Assert.Equal(30, removed);
        Assert.True(result.Ok, result.Break?.Message.En);
        Assert.Equal((30L, 31L, 45L, 15L), (result.AnchorSeq!.Value, result.FirstSeq!.Value, result.LastSeq!.Value, result.EventsChecked));
        Assert.Equal((AuditBreakKind.Removed, 31L), (broken.Break!.Kind, broken.Break.Seq));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task PruneAsync_NothingOlderThanRetention_KeepsEverything(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine, new AuditOptions { RetentionDays = 30 });
        await f.AppendAsync(10);
        await f.Log.CheckpointAsync();
        f.Time.Advance(TimeSpan.FromDays(100));

        var (anchor, removed) = await f.Retention.PruneAsync();

        // 30 days counts as the minimum of 180.
        Assert.Equal(180, f.Options.EffectiveRetentionDays);
        Assert.Null(anchor);
        Assert.Equal(0, removed);
        Assert.Equal(10L, await f.ScalarAsync<long>("SELECT COUNT(*) FROM audit_events"));
    }

    /// <summary>Changes event 2's row count and recomputes its hash and every later one, as an attacker with SQL access could.</summary>
    private static async Task<bool> ForgeAsync(AuditFixture f, int last)
    {
        await f.ExecuteAsync("UPDATE audit_events SET row_count = 999 WHERE seq = 2");
        await using var c = await f.Database.OpenAsync();
        var rows = (await Dapper.SqlMapper.QueryAsync<AuditRow>(c, f.Database.Sql("Audit/Sql/SelectEvents") + " ORDER BY seq")).ToList();
        var prev = new byte[32];
        var buffer = new CanonicalBuffer();
        foreach (var row in rows)
        {
            buffer.Clear();
            AuditCanonical.Write(buffer, row);
            var hash = Zhongyuan.Crypto.Sm3.Hash([.. prev, .. buffer.Written]);
            await Dapper.SqlMapper.ExecuteAsync(c, "UPDATE audit_events SET prev_hash = @Prev, hash = @Hash WHERE seq = @Seq", new { Prev = prev, Hash = hash, row.Seq });
            prev = hash;
        }
        return rows.Count == last;
    }
}
