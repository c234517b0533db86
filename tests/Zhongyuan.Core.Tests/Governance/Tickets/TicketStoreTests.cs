using System.Text.Json;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Governance.Tickets;

public sealed class TicketStoreTests
{
    private static Ticket Sample(TicketFixture f, DateTimeOffset createdAt) => new()
    {
        Id = 0, ResourceCode = f.ResourceCode, ResourceName = "", SeenVersion = 1, RowId = 7,
        RecordKey = JsonDocument.Parse("""{"公民身份号码":"410105199001011234"}""").RootElement, Item = "姓名", Reason = "姓名有误",
        ProposedValue = "张三", Reporter = f.Reporter.AsReporter(), ProviderId = 0, ProviderName = "", Status = TicketStatus.Open,
        Deadline = createdAt.AddDays(7), CreatedAt = createdAt,
    };

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Insert_Find_RoundTripsEveryField(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var sample = Sample(f, TicketFixture.Monday.ToUniversalTime());

        var id = await f.Store.InsertAsync(sample);
        var found = await f.Store.FindAsync(id!.Value);

        Assert.NotNull(found);
        Assert.Equal((f.PoliceId, "河南省公安厅", "人口基本信息"), (found.ProviderId, found.ProviderName, found.ResourceName));
        Assert.Equal((1, 7L, "姓名", "姓名有误", "张三"), (found.SeenVersion, found.RowId, found.Item, found.Reason, found.ProposedValue));
        Assert.Equal("410105199001011234", found.RecordKey!.Value.GetProperty("公民身份号码").GetString());
        Assert.Equal(sample.Reporter, found.Reporter);
        Assert.Equal((sample.CreatedAt, sample.Deadline), (found.CreatedAt, found.Deadline));
        Assert.Null(found.ClosedAt);
        Assert.Equal(TicketAction.Created, Assert.Single(await f.Store.EventsAsync(id.Value)).Action);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Insert_UnknownResource_Null(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);

        var id = await f.Store.InsertAsync(Sample(f, TicketFixture.Monday) with { ResourceCode = "999999999-000001" });

        Assert.Null(id);
        Assert.Equal(0, (await f.Store.ListAsync(new TicketQuery(), TicketFixture.Monday)).Total);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task List_FiltersAndPages_TotalCountsAllMatches(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var start = TicketFixture.Monday.ToUniversalTime();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await f.Store.InsertAsync(Sample(f, start.AddHours(i)) with { Deadline = start.AddDays(i) }))!.Value);
        }
        var closed = (await f.Store.FindAsync(ids[0]))! with { Status = TicketStatus.Rejected, RejectionReason = "无误", ClosedAt = start.AddHours(1) };
        await f.Store.UpdateAsync(closed, TicketStatus.Open, new TicketEvent(TicketAction.Rejected, f.Steward.UserId, "police-steward", start, "无误"));
        var now = start.AddDays(2).AddHours(1);

        var page = await f.Store.ListAsync(new TicketQuery { ProviderId = f.PoliceId, Limit = 2, Offset = 1 }, now);
        var open = await f.Store.ListAsync(new TicketQuery { Status = TicketStatus.Open }, now);
        var overdue = await f.Store.ListAsync(new TicketQuery { OverdueOnly = true }, now);
        var mine = await f.Store.ListAsync(new TicketQuery { ReporterId = f.Steward.UserId }, now);

        Assert.Equal(5, page.Total);
        Assert.Equal([ids[3], ids[2]], page.Items.Select(t => t.Id));
        Assert.Equal(4, open.Total);
        Assert.Equal([ids[2], ids[1]], overdue.Items.Select(t => t.Id)); // ids[0] is closed, so not overdue
        Assert.Equal(0, mine.Total);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Update_StatusChangedMeanwhile_FalseAndNoEvent(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var id = (await f.Store.InsertAsync(Sample(f, TicketFixture.Monday)))!.Value;
        var ticket = (await f.Store.FindAsync(id))!;
        var e = new TicketEvent(TicketAction.Accepted, f.Steward.UserId, "police-steward", TicketFixture.Monday, null);

        var first = await f.Store.UpdateAsync(ticket with { Status = TicketStatus.Accepted, FixedInVersion = 1 }, TicketStatus.Open, e);
        var second = await f.Store.UpdateAsync(ticket with { Status = TicketStatus.Rejected }, TicketStatus.Open, e);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(TicketStatus.Accepted, (await f.Store.FindAsync(id))!.Status);
        Assert.Equal(2, (await f.Store.EventsAsync(id)).Count);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Stats_EveryDepartment_CountsAndMedianHours(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var start = TicketFixture.Monday.ToUniversalTime();
        foreach (var (hours, status) in new[] { (2, TicketStatus.Accepted), (10, TicketStatus.Rejected), (4, TicketStatus.Accepted) })
        {
            var id = (await f.Store.InsertAsync(Sample(f, start)))!.Value;
            var closed = (await f.Store.FindAsync(id))! with { Status = status, ClosedAt = start.AddHours(hours) };
            await f.Store.UpdateAsync(closed, TicketStatus.Open, new TicketEvent(TicketAction.Accepted, f.Steward.UserId, "s", start, null));
        }
        await f.Store.InsertAsync(Sample(f, start) with { Deadline = start.AddHours(1) });
        await f.Store.InsertAsync(Sample(f, start) with { Deadline = start.AddDays(9) });

        var stats = await f.Store.StatsAsync(start.AddHours(2));

        Assert.Equal([f.PoliceId, f.EnvId], stats.Select(s => s.DepartmentId));
        Assert.Equal(new TicketStats(f.PoliceId, "河南省公安厅", 2, 1, 2, 1, 4.0), stats[0]);
        Assert.Equal(new TicketStats(f.EnvId, "河南省生态环境厅", 0, 0, 0, 0, null), stats[1]);
        Assert.Equal(stats[0], Assert.Single(await f.Store.StatsAsync(start.AddHours(2), f.PoliceId)));
    }

    [Fact]
    public void Median_EvenCount_MeanOfMiddleTwo()
    {
        Assert.Equal(2.5, TicketStore.Median([4, 1, 2, 3]));
        Assert.Equal(1.33, TicketStore.Median([1.333333]));
        Assert.Null(TicketStore.Median([]));
    }
}
