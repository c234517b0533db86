using Zhongyuan.Governance.Tickets;
using Zhongyuan.Problems;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Governance.Tickets;

public sealed class TicketServiceTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_OnPublishedResource_OpenDueInFiveWorkingDaysWithEvent(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        await f.AddVersionAsync(10);

        var outcome = await f.Service.CreateAsync(f.NameTicket(), f.Reporter);

        Assert.True(outcome.Succeeded);
        var ticket = outcome.Value;
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Equal(1, ticket.SeenVersion); // the current version, since a row was named
        Assert.Equal(f.PoliceId, ticket.ProviderId);
        Assert.Equal(new TicketReporter(f.Reporter.UserId, "env-analyst", f.EnvId), ticket.Reporter);
        // Filed Monday 1-05: Tue, Wed, Thu, Fri, then Monday 1-12 is the fifth working day.
        Assert.Equal(new DateTimeOffset(2026, 1, 12, 23, 59, 59, China), ticket.Deadline);
        var detail = await f.Service.FindAsync(ticket.Id, f.Reporter);
        var created = Assert.Single(detail.Value!.Events);
        Assert.Equal(TicketAction.Created, created.Action);
        Assert.Equal("env-analyst", created.ActorName);
        Assert.Equal(TicketFixture.Monday, created.At);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Lifecycle_CreateOverdueAccept_ReportedWithWhoAndWhen(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        await f.AddVersionAsync(10);
        var ticket = (await f.Service.CreateAsync(f.NameTicket(), f.Reporter)).Value!;

        f.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 12, 23, 59, 0, China).ToUniversalTime());
        var dueToday = await f.Service.ListAsync(new TicketQuery { ProviderId = f.PoliceId, OverdueOnly = true }, f.Steward);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 13, 0, 0, 0, China).ToUniversalTime());
        var overdue = await f.Service.ListAsync(new TicketQuery { ProviderId = f.PoliceId, OverdueOnly = true }, f.Steward);
        var statsOverdue = await f.Service.DepartmentStatsAsync(f.PoliceId);
        var fixedIn = await f.AddVersionAsync(10);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 13, 9, 0, 0, China).ToUniversalTime());
        var accepted = await f.Service.AcceptAsync(ticket.Id, fixedIn, "已按户籍登记更正", f.Steward);

        Assert.Equal(0, dueToday.Value!.Total);
        Assert.Equal(ticket.Id, Assert.Single(overdue.Value!.Items).Id);
        Assert.True(overdue.Value.Items[0].IsOverdue(f.Clock.GetUtcNow()));
        Assert.Equal((1L, 1L, 0L), (statsOverdue!.Open, statsOverdue.Overdue, statsOverdue.Accepted));
        Assert.True(accepted.Succeeded);
        Assert.Equal((TicketStatus.Accepted, 2), (accepted.Value.Status, accepted.Value.FixedInVersion));
        Assert.Equal(new DateTimeOffset(2026, 1, 13, 9, 0, 0, China), accepted.Value.ClosedAt);
        var events = (await f.Service.FindAsync(ticket.Id, f.Reporter)).Value!.Events;
        Assert.Equal([TicketAction.Created, TicketAction.Accepted], events.Select(e => e.Action));
        Assert.Equal(("police-steward", "已按户籍登记更正"), (events[1].ActorName, events[1].Note));
        var stats = await f.Service.DepartmentStatsAsync(f.PoliceId);
        Assert.Equal((0L, 0L, 1L, 0L), (stats!.Open, stats.Overdue, stats.Accepted, stats.Rejected));
        Assert.Equal(8 * 24.0, stats.MedianHoursToClose);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Reject_WithoutReason_ValidationThenRejectedWithReason(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var ticket = (await f.Service.CreateAsync(f.NameTicket() with { RowId = null }, f.Reporter)).Value!;

        var blank = await f.Service.RejectAsync(ticket.Id, "  ", f.Steward);
        var rejected = await f.Service.RejectAsync(ticket.Id, "户籍登记即为“张叁”，数据无误", f.Steward);
        var again = await f.Service.RejectAsync(ticket.Id, "再次驳回", f.Steward);

        Assert.Equal(ProblemKind.Validation, blank.Problem!.Kind);
        Assert.Contains(blank.Problem.Errors, e => e is { Field: "reason", Code: "required" });
        Assert.Equal(TicketStatus.Rejected, rejected.Value!.Status);
        Assert.Equal("户籍登记即为“张叁”，数据无误", rejected.Value.RejectionReason);
        Assert.Equal(ProblemKind.Conflict, again.Problem!.Kind);
        var events = (await f.Service.FindAsync(ticket.Id, f.Reporter)).Value!.Events;
        Assert.Equal([TicketAction.Created, TicketAction.Rejected], events.Select(e => e.Action));
        Assert.Equal("户籍登记即为“张叁”，数据无误", events[1].Note);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Accept_NonexistentOrOlderVersion_FieldErrorAndStillOpen(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        await f.AddVersionAsync(10);
        await f.AddVersionAsync(10);
        var ticket = (await f.Service.CreateAsync(f.NameTicket(version: 2), f.Reporter)).Value!;

        var missing = await f.Service.AcceptAsync(ticket.Id, 7, null, f.Steward);
        var older = await f.Service.AcceptAsync(ticket.Id, 1, null, f.Steward);
        var none = await f.Service.AcceptAsync(ticket.Id, null, null, f.Steward);

        Assert.Contains(missing.Problem!.Errors, e => e is { Field: "fixedInVersion", Code: "version_unknown" });
        Assert.Contains(older.Problem!.Errors, e => e is { Field: "fixedInVersion", Code: "version_too_old" });
        Assert.Contains(none.Problem!.Errors, e => e is { Field: "fixedInVersion", Code: "required" });
        Assert.Equal(TicketStatus.Open, (await f.Store.FindAsync(ticket.Id))!.Status);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Accept_OtherDepartmentOrNoDataWrite_ForbiddenAdminAllowed(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var ticket = (await f.Service.CreateAsync(f.NameTicket() with { RowId = null }, f.Reporter)).Value!;

        var byReporter = await f.Service.AcceptAsync(ticket.Id, 1, null, f.Reporter);
        var byPoliceUser = await f.Service.RejectAsync(ticket.Id, "不同意", f.PoliceUser);
        var byAdmin = await f.Service.AcceptAsync(ticket.Id, 1, null, await f.AdminAsync());

        Assert.Equal(ProblemKind.Forbidden, byReporter.Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, byPoliceUser.Problem!.Kind);
        Assert.True(byAdmin.Succeeded); // no data loaded yet: any version from 1 is taken
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_BadFields_EachReported(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        await f.AddVersionAsync(3);
        var key = System.Text.Json.JsonDocument.Parse("""{"身份证":"1"}""").RootElement;

        var bad = await f.Service.CreateAsync(f.NameTicket() with { Item = "年龄", Reason = new string('错', 501), RowId = 4, RecordKey = key }, f.Reporter);
        var empty = await f.Service.CreateAsync(f.NameTicket() with { Item = null, RowId = null, RecordKey = null }, f.Reporter);
        var unknownVersion = await f.Service.CreateAsync(f.NameTicket(version: 9), f.Reporter);

        Assert.Equal(ProblemKind.Validation, bad.Problem!.Kind);
        Assert.Equal(["item:item_unknown", "reason:too_long", "recordKey.身份证:item_unknown", "rowId:row_unknown"],
            bad.Problem.Errors.Select(e => $"{e.Field}:{e.Code}").Order(StringComparer.Ordinal));
        Assert.Contains(empty.Problem!.Errors, e => e.Code == "target_required");
        Assert.Contains(unknownVersion.Problem!.Errors, e => e is { Field: "seenVersion", Code: "version_unknown" });
        Assert.Equal(0, (await f.Store.ListAsync(new TicketQuery(), f.Clock.GetUtcNow())).Total);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangeDeadline_ByProvider_MovedAndNoted(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var ticket = (await f.Service.CreateAsync(f.NameTicket() with { RowId = null }, f.Reporter)).Value!;
        var later = new DateTimeOffset(2026, 1, 19, 18, 0, 0, China);

        var early = await f.Service.ChangeDeadlineAsync(ticket.Id, TicketFixture.Monday.AddHours(-1), f.Steward);
        var moved = await f.Service.ChangeDeadlineAsync(ticket.Id, later, f.Steward);
        var byReporter = await f.Service.ChangeDeadlineAsync(ticket.Id, later.AddDays(30), f.Reporter);

        Assert.Contains(early.Problem!.Errors, e => e.Code == "deadline_before_creation");
        Assert.Equal(later, (await f.Store.FindAsync(ticket.Id))!.Deadline);
        Assert.True(moved.Succeeded);
        Assert.Equal(ProblemKind.Forbidden, byReporter.Problem!.Kind);
        var changed = (await f.Store.EventsAsync(ticket.Id))[^1];
        Assert.Equal(TicketAction.DeadlineChanged, changed.Action);
        Assert.Contains("2026-01-19T10:00:00", changed.Note, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Reopen_RejectedByReporter_OpenWithFreshDeadline(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var ticket = (await f.Service.CreateAsync(f.NameTicket() with { RowId = null }, f.Reporter)).Value!;
        await f.Service.RejectAsync(ticket.Id, "数据无误", f.Steward);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 8, 10, 0, 0, China).ToUniversalTime()); // Thursday

        var reopened = await f.Service.ReopenAsync(ticket.Id, "附户籍证明", f.Reporter);

        Assert.Equal(TicketStatus.Open, reopened.Value!.Status);
        Assert.Null(reopened.Value.RejectionReason);
        Assert.Null(reopened.Value.ClosedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 23, 59, 59, China), reopened.Value.Deadline);
        Assert.Equal([TicketAction.Created, TicketAction.Rejected, TicketAction.Reopened],
            (await f.Store.EventsAsync(ticket.Id)).Select(e => e.Action));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ListAndFind_Visibility_ReporterProviderOthers(string engine)
    {
        var f = await TicketFixture.CreateAsync(engine);
        var ticket = (await f.Service.CreateAsync(f.NameTicket() with { RowId = null }, f.Reporter)).Value!;
        var stranger = f.Reporter with { UserId = f.Reporter.UserId + 100, Username = "other" };

        var providerView = await f.Service.ListAsync(new TicketQuery { ResourceCode = f.ResourceCode }, f.PoliceUser);
        var strangerView = await f.Service.ListAsync(new TicketQuery { ResourceCode = f.ResourceCode }, stranger);
        var reporterMine = await f.Service.ListAsync(new TicketQuery(), f.Reporter);
        var otherDepartment = await f.Service.ListAsync(new TicketQuery { ProviderId = f.PoliceId }, f.Reporter);
        var strangerFind = await f.Service.FindAsync(ticket.Id, stranger);

        Assert.Equal(1, providerView.Value!.Total);
        Assert.Equal(0, strangerView.Value!.Total);
        Assert.Equal(ticket.Id, Assert.Single(reporterMine.Value!.Items).Id);
        Assert.Equal(ProblemKind.Forbidden, otherDepartment.Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, strangerFind.Problem!.Kind);
        Assert.True((await f.Service.FindAsync(ticket.Id, f.PoliceUser)).Succeeded);
    }

    [Fact]
    public async Task Create_RowOfAnIncrementalVersion_CheckedAgainstItsRowNumbersNotItsCount()
    {
        var f = await TicketFixture.CreateAsync("sqlite");
        var resource = (await new Zhongyuan.Catalog.ResourceStore(f.Database).FindAsync(f.ResourceCode))!;
        var pipeline = new Zhongyuan.Ingest.LoadPipeline(f.Plane, f.Datasets, new Zhongyuan.Governance.Quality.QualityStore(f.Database), f.Clock);
        async Task LoadAsync(string text, Zhongyuan.Ingest.LoadMode mode)
        {
            var job = Guid.NewGuid().ToString("N");
            var path = System.IO.Path.Combine(f.Plane.StagingFor(job), "source.csv");
            await File.WriteAllTextAsync(path, text);
            await f.Datasets.InsertJobAsync(new Zhongyuan.Ingest.LoadJob
            {
                Id = job, ResourceCode = f.ResourceCode, State = Zhongyuan.Ingest.LoadState.Running, Mode = mode, Source = "p.csv", CreatedBy = "s", CreatedAt = f.Clock.GetUtcNow(),
            });
            await pipeline.RunAsync(new Zhongyuan.Ingest.LoadRequest(job, resource, path, "p.csv", mode, "s"), new Zhongyuan.Ingest.LoadProgress(), CancellationToken.None);
        }
        const string Header = "公民身份号码,姓名,性别,出生日期,户籍地址\n";
        await LoadAsync(Header + string.Concat(Enumerable.Range(0, 5).Select(i => $"41010519900101000{i},张{i},男,2001-01-01,郑州\n")), Zhongyuan.Ingest.LoadMode.Full);
        // Row 2 (…0001) changes: it becomes row 5 + 1 = 6 of the next version, which has 5 rows and no row 2.
        await LoadAsync(Header + "410105199001010001,张一改,男,2001-01-01,郑州\n", Zhongyuan.Ingest.LoadMode.Incremental);

        var moved = await f.Service.CreateAsync(f.NameTicket() with { RowId = 6 }, f.Reporter);
        var gone = await f.Service.CreateAsync(f.NameTicket() with { RowId = 2 }, f.Reporter);
        var beyond = await f.Service.CreateAsync(f.NameTicket() with { RowId = 7 }, f.Reporter);

        Assert.True(moved.Succeeded, string.Join("; ", moved.Problem?.Errors.Select(e => e.Code) ?? []));
        Assert.Equal(2, moved.Value!.SeenVersion);
        Assert.Contains(gone.Problem!.Errors, e => e is { Field: "rowId", Code: "row_unknown" });
        Assert.Contains(beyond.Problem!.Errors, e => e is { Field: "rowId", Code: "row_unknown" });
    }
}
