using Zhongyuan.Audit;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Audit;

public sealed class AuditLogTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Append_ManyEvents_ChainedInOrderAndVerifies(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);

        await f.AppendAsync(500);
        var result = await f.Verifier.VerifyAsync();

        Assert.True(result.Ok, result.Break?.Message.En);
        Assert.Equal(500, result.EventsChecked);
        Assert.Equal(1, result.FirstSeq);
        Assert.Equal(500, result.LastSeq);
        Assert.Equal(500, f.Log.Written);
        Assert.Equal(500L, await f.ScalarAsync<long>("SELECT MAX(seq) FROM audit_events"));
        Assert.Equal(500L, await f.ScalarAsync<long>("SELECT seq FROM audit_head"));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Append_EveryNEvents_WritesSignedCheckpoints(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine, new AuditOptions { CheckpointEvery = 10, BatchSize = 5 });

        for (var i = 1; i <= 30; i++)
        {
            f.Log.Append(AuditFixture.Event(i));
            if (i % 5 == 0)
            {
                await f.Log.FlushAsync();
            }
        }
        var result = await f.Verifier.VerifyAsync();

        // The first batch is checkpointed at once (nothing was signed yet), then after a batch that reaches 10 more events.
        await using var c = await f.Database.OpenAsync();
        var seqs = (await Dapper.SqlMapper.QueryAsync<long>(c, "SELECT seq FROM audit_checkpoints ORDER BY seq")).ToList();
        Assert.InRange(seqs.Count, 3, 4);
        Assert.All(seqs.Zip(seqs.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 10, 14));
        Assert.InRange(seqs[^1], 21, 30);
        Assert.True(result.Ok, result.Break?.Message.En);
        Assert.Equal(result.CheckpointsChecked, await f.ScalarAsync<long>("SELECT COUNT(*) FROM audit_checkpoints"));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Append_AfterCheckpointInterval_CheckpointWrittenByTimer(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(1);
        await f.AppendAsync(2, from: 2);
        var before = await f.ScalarAsync<long>("SELECT MAX(seq) FROM audit_checkpoints");

        f.Time.Advance(TimeSpan.FromSeconds(61));
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        long after;
        do
        {
            await Task.Delay(20);
            after = await f.ScalarAsync<long>("SELECT MAX(seq) FROM audit_checkpoints");
        }
        while (after < 3 && TimeProvider.System.GetUtcNow() < deadline);

        Assert.Equal(1, before);
        Assert.Equal(3, after);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Append_SubjectKeys_StoredOnlyAsKeyedHashesAndFoundBySubject(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.ExecuteAsync("INSERT INTO departments (id, name, short_name, credit_code, region_code, level, created_at) VALUES (4, '郑州市民政局', '市民政局', '11410100MB0000001X', '410100', 'City', '2026-01-01T00:00:00Z')");
        f.Log.Append(AuditFixture.Event(1) with { DepartmentId = 4, ApplicationId = 12, SubjectKeys = ["41010219900101123x", "91410100MA0000000A"] });
        f.Log.Append(AuditFixture.Event(2) with { SubjectKeys = ["410102199001011235"] });
        f.Log.Append(AuditFixture.Event(3) with { DepartmentId = 4, Result = AuditOutcome.Denied, SubjectKeys = ["41010219900101123X"] });
        await f.Log.FlushAsync();

        var uses = await f.Trail.SubjectUsesAsync(" 41010219900101123X ");
        var stored = await f.ScalarAsync<long>("SELECT COUNT(*) FROM audit_subjects");

        var use = Assert.Single(uses);
        Assert.Equal(1, use.Seq);
        Assert.Equal(4, use.DepartmentId);
        Assert.Equal("郑州市民政局", use.DepartmentName);
        Assert.Equal(12, use.ApplicationId);
        Assert.Equal(7, use.GrantId);
        Assert.Equal(4, stored);
        Assert.Empty(await f.Trail.SubjectUsesAsync("410102199001011299"));
        var page = await f.Trail.QueryAsync(new AuditQuery());
        Assert.Equal(2, page.Items.Single(e => e.Seq == 1).SubjectCount);
        Assert.DoesNotContain(page.Items, e => (e.Detail ?? "").Contains("41010219900101123", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task QueryAsync_Filters_PagesNewestFirst(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(30);

        var first = await f.Trail.QueryAsync(new AuditQuery(UserId: 10), limit: 10);
        var second = await f.Trail.QueryAsync(new AuditQuery(UserId: 10), first.NextBefore, 10);
        var exports = await f.Trail.QueryAsync(new AuditQuery(Action: AuditActions.RowsExport, DepartmentId: 3));
        var none = await f.Trail.QueryAsync(new AuditQuery(From: f.Time.GetUtcNow().AddMinutes(1)));

        Assert.Equal(10, first.Items.Count);
        Assert.Equal(30, first.Items[0].Seq);
        Assert.All(first.Items, e => Assert.Equal(10, e.UserId));
        Assert.Equal(5, second.Items.Count);
        Assert.Null(second.NextBefore);
        Assert.Equal([30, 24, 18, 12, 6], exports.Items.Select(e => e.Seq));
        Assert.Equal(["姓名", "公民身份号码"], first.Items[0].Items);
        Assert.Equal(f.Time.GetUtcNow(), first.Items[0].At);
        Assert.Empty(none.Items);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ExportCsvAsync_Filter_HeaderAndOneLinePerEvent(string engine)
    {
        await using var f = await AuditFixture.CreateAsync(engine);
        await f.AppendAsync(6);
        f.Log.Append(AuditFixture.Event(7) with { Detail = "=cmd|' /C calc'!A0, \"quoted\"" });
        await f.Log.FlushAsync();
        using var output = new MemoryStream();

        var count = await f.Trail.ExportCsvAsync(new AuditQuery(UserId: 11), output);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, count);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("序号 seq,时间 at", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,2026-11-30T08:00:00.000000Z,11,李娜,Analyst", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\",", lines[4], StringComparison.Ordinal);
    }
}
