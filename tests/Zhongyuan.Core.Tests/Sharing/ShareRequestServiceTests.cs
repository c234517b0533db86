using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Sharing;

public sealed class ShareRequestServiceTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_Conditional_PendingDueFiveWorkingDaysLaterAcrossWeekend(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var outcome = await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser);

        Assert.True(outcome.Succeeded, outcome.Problem?.Title.En);
        var request = outcome.Value;
        Assert.Equal(ShareRequestStatus.Pending, request.Status);
        Assert.Equal((f.Civil, f.Police, ShareType.Conditional), (request.ConsumerDepartmentId, request.ProviderId, request.ShareType));
        // Filed Wednesday 01-07: Thu, Fri, (weekend), Mon, Tue, Wed 01-14 is the fifth working day.
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 23, 59, 59, China), request.Deadline);
        Assert.Equal(SharingFixture.Wednesday.AddDays(365), request.EndsAt);
        Assert.Null(await f.Grants.InForceAsync(f.ReliefApp, f.Population, f.Clock.GetUtcNow()));
        var audited = Assert.Single(await f.AuditedAsync(AuditActions.RequestCreate));
        Assert.Equal(("civil-user", f.Population, "低保资格审核中核验申请人身份和户籍"), (audited.Username, audited.ResourceCode, audited.Purpose));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task List_Overdue_ListedForAdministratorAfterDeadlineOnly(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var request = (await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser)).Value!;
        var complex = (await f.RequestService.CreateAsync(f.PopulationRequest(complex: true) with { ResourceCode = f.Population }, f.CivilSteward));
        var overdueOnly = new ShareRequestQuery { OverdueOnly = true };

        f.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 14, 23, 59, 0, China).ToUniversalTime());
        var dueToday = await f.RequestService.ListAsync(null, overdueOnly, f.Admin);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 15, 0, 0, 0, China).ToUniversalTime());
        var overdue = await f.RequestService.ListAsync(null, overdueOnly, f.Admin);
        var providerView = await f.RequestService.ListAsync(ShareRequestRole.Provider, overdueOnly, f.PoliceUser);
        var otherView = await f.RequestService.ListAsync(ShareRequestRole.Provider, overdueOnly, f.EnvSteward);

        Assert.Equal(ProblemKind.Conflict, complex.Problem!.Kind); // one pending request per application and resource
        Assert.Equal(0, dueToday.Value!.Total);
        Assert.Equal(request.Id, Assert.Single(overdue.Value!.Items).Id);
        Assert.True(overdue.Value.Items[0].IsOverdue(f.Clock.GetUtcNow()));
        Assert.Equal(1, providerView.Value!.Total);
        Assert.Equal(0, otherView.Value!.Total);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_Complex_DueTenWorkingDaysLater(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var request = (await f.RequestService.CreateAsync(f.PopulationRequest(complex: true), f.CivilUser)).Value!;

        Assert.True(request.Complex);
        Assert.Equal(new DateTimeOffset(2026, 1, 21, 23, 59, 59, China), request.Deadline);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Approve_NarrowingItemsRowsAndMasking_GrantInForceAndAudited(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var request = (await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser)).Value!;
        f.Clock.Advance(TimeSpan.FromDays(1));
        var approval = new ShareApproval(["公民身份号码", "姓名", "户籍地址"], "性别 = '女'",
            new Dictionary<string, MaskingRule> { ["姓名"] = MaskingRule.None }, DailyQuota: 5000, Note: "同意，仅限郑州市女性申请人");

        var outcome = await f.RequestService.ApproveAsync(request.Id, approval, f.PoliceSteward);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Problem?.Errors.Select(e => e.Message.En) ?? []));
        var (decided, grant) = outcome.Value;
        Assert.Equal((ShareRequestStatus.Approved, "police-steward", grant.Id), (decided.Status, decided.DecidedBy, decided.GrantId!.Value));
        Assert.Equal(["公民身份号码", "姓名", "户籍地址"], grant.Items);
        Assert.Equal("(户籍地址 like '郑州市%') and (性别 = '女')", grant.RowFilter);
        Assert.Equal(MaskingRule.None, Assert.Single(grant.Masking).Value);
        var inForce = await f.Grants.InForceAsync(f.ReliefApp, f.Population, f.Clock.GetUtcNow());
        Assert.Equal(grant with { }, inForce! with { Items = grant.Items, Masking = grant.Masking });
        Assert.Equal(["公民身份号码", "姓名", "户籍地址"], inForce.Items);
        Assert.Equal(5000, inForce.DailyQuota);
        Assert.Equal((request.Id, f.Police), (inForce.RequestId, inForce.ProviderId));
        var detail = (await f.GrantService.FindAsync(grant.Id, f.CivilUser)).Value!;
        var granted = Assert.Single(detail.Events);
        Assert.Equal((GrantAction.Granted, "police-steward", "同意，仅限郑州市女性申请人"), (granted.Action, granted.Actor, granted.Note));
        var audited = Assert.Single(await f.AuditedAsync(AuditActions.GrantApprove));
        Assert.Equal((grant.Id, f.ReliefApp, "police-steward"), (audited.GrantId, audited.ApplicationId, audited.Username));
        Assert.Equal(grant.Items, audited.Items);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Approve_WideningOrByOthers_RefusedAndStillPending(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var request = (await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser)).Value!;

        var widened = await f.RequestService.ApproveAsync(request.Id, new ShareApproval(["性别"], EndsAt: request.EndsAt.AddDays(1),
            Masking: new Dictionary<string, MaskingRule> { ["手机号码"] = MaskingRule.None }), f.PoliceSteward);
        var byPlainUser = await f.RequestService.ApproveAsync(request.Id, new ShareApproval(), f.PoliceUser);
        var byConsumer = await f.RequestService.ApproveAsync(request.Id, new ShareApproval(), f.CivilSteward);
        var byAdmin = await f.RequestService.ApproveAsync(request.Id, new ShareApproval(), f.Admin);

        Assert.Equal(ProblemKind.Validation, widened.Problem!.Kind);
        Assert.Equal(["item_not_requested", "item_not_granted", "period_outside_request"], widened.Problem.Errors.Select(e => e.Code));
        Assert.All([byPlainUser, byConsumer, byAdmin], o => Assert.Equal(ProblemKind.Forbidden, o.Problem!.Kind));
        Assert.Equal(ShareRequestStatus.Pending, (await f.Requests.FindAsync(request.Id))!.Status);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Refuse_WithoutReason_ValidationThenRefusedWithReason(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var request = (await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser)).Value!;

        var blank = await f.RequestService.RefuseAsync(request.Id, "  ", f.PoliceSteward);
        var refused = await f.RequestService.RefuseAsync(request.Id, "申请依据不足，请补充低保审核文件", f.PoliceSteward);
        var again = await f.RequestService.ApproveAsync(request.Id, new ShareApproval(), f.PoliceSteward);

        Assert.Contains(blank.Problem!.Errors, e => e is { Field: "reason", Code: "required" });
        Assert.Equal((ShareRequestStatus.Refused, "申请依据不足，请补充低保审核文件"), (refused.Value!.Status, refused.Value.RefusalReason));
        Assert.Equal(ProblemKind.Conflict, again.Problem!.Kind);
        Assert.Null(await f.Grants.InForceAsync(f.ReliefApp, f.Population, f.Clock.GetUtcNow()));
        Assert.Equal("申请依据不足，请补充低保审核文件", Assert.Single(await f.AuditedAsync(AuditActions.GrantRefuse)).Detail);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_Unconditional_GrantedAtOnceBySystemWithAllItems(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var outcome = await f.RequestService.CreateAsync(new NewShareRequest(f.AirQuality, f.ReliefApp, "救助对象居住环境评估"), f.CivilUser);

        var request = outcome.Value!;
        Assert.Equal((ShareRequestStatus.Approved, "system", (DateTimeOffset?)null), (request.Status, request.DecidedBy, request.Deadline));
        var grant = await f.Grants.InForceAsync(f.ReliefApp, f.AirQuality, f.Clock.GetUtcNow());
        Assert.NotNull(grant);
        Assert.Equal((request.GrantId, "system", f.Env), (grant.Id, grant.GrantedBy, grant.ProviderId));
        Assert.Equal(["监测站点编码", "监测时间", "PM2.5浓度", "空气质量指数"], grant.Items);
        Assert.Null(grant.RowFilter);
        Assert.Empty(grant.Masking);
        Assert.Equal(grant.StartsAt.AddDays(365), grant.EndsAt);
        Assert.Equal("system", Assert.Single(await f.AuditedAsync(AuditActions.GrantApprove)).Username);
        var again = await f.RequestService.CreateAsync(new NewShareRequest(f.AirQuality, f.ReliefApp, "再次申请"), f.CivilUser);
        Assert.Equal(ProblemKind.Conflict, again.Problem!.Kind);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_NotShared_RefusedNamingTheBasis(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var outcome = await f.RequestService.CreateAsync(f.PopulationRequest() with { ResourceCode = f.Fingerprints }, f.CivilUser);

        Assert.Equal(ProblemKind.Forbidden, outcome.Problem!.Kind);
        Assert.Contains(SharingFixture.FingerprintBasis, outcome.Problem.Title.Zh, StringComparison.Ordinal);
        Assert.Contains("不予共享", outcome.Problem.Title.Zh, StringComparison.Ordinal);
        Assert.Contains(SharingFixture.FingerprintBasis, outcome.Problem.Title.En, StringComparison.Ordinal);
        Assert.Contains("not shared", outcome.Problem.Title.En, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_OwnDepartmentOrForeignApplication_Refused(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var policeApp = (await f.ApplicationService.CreateAsync(f.Police, new ApplicationInput("人口核查系统", null, null, true), f.PoliceSteward)).Value!.Id;

        var own = await f.RequestService.CreateAsync(f.PopulationRequest() with { ApplicationId = policeApp }, f.PoliceUser);
        var foreign = await f.RequestService.CreateAsync(f.PopulationRequest(), f.EnvSteward);

        Assert.Equal(ProblemKind.Conflict, own.Problem!.Kind);
        Assert.Contains("本部门", own.Problem.Title.Zh, StringComparison.Ordinal);
        Assert.Contains("already has it", own.Problem.Title.En, StringComparison.Ordinal);
        Assert.Equal(ProblemKind.Forbidden, foreign.Problem!.Kind);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_BadFields_ValidationErrorsPerField(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var syntax = await f.RequestService.CreateAsync(f.PopulationRequest() with { RowFilter = "户籍地址 like" }, f.CivilUser);
        var fields = await f.RequestService.CreateAsync(f.PopulationRequest() with
        {
            Items = ["姓名", "婚姻状况"], RowFilter = "户籍地行政区划代码 = '410102'", LegalBasis = " ", EndsAt = SharingFixture.Wednesday.AddDays(-1),
        }, f.CivilUser);

        Assert.Equal("rowFilter", Assert.Single(syntax.Problem!.Errors).Field);
        Assert.Equal(["legalBasis", "items[1]", "rowFilter", "endsAt"], fields.Problem!.Errors.Select(e => e.Field));
        Assert.Equal(["required", "item_unknown", "column_unknown", "period_invalid"], fields.Problem.Errors.Select(e => e.Code));
    }
}
