using Zhongyuan.Audit;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Sharing;

public sealed class GrantServiceTests
{
    private static async Task<Grant> ApprovedAsync(SharingFixture f)
    {
        var request = (await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser)).Value!;
        return (await f.RequestService.ApproveAsync(request.Id, new ShareApproval(), f.PoliceSteward)).Value.Grant;
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SuspendResumeRevoke_LookupFollowsAndEventsRecorded(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var grant = await ApprovedAsync(f);
        var now = f.Clock.GetUtcNow();
        Assert.NotNull(await f.Grants.InForceAsync(f.ReliefApp, f.Population, now)); // cached now; each change must drop it

        var suspended = await f.GrantService.SuspendAsync(grant.Id, "核查数据使用情况", f.PoliceSteward);
        var whileSuspended = await f.Grants.InForceAsync(f.ReliefApp, f.Population, now);
        var resumed = await f.GrantService.ResumeAsync(grant.Id, null, f.Admin);
        var afterResume = await f.Grants.InForceAsync(f.ReliefApp, f.Population, now);
        var noReason = await f.GrantService.RevokeAsync(grant.Id, null, f.PoliceSteward);
        var revoked = await f.GrantService.RevokeAsync(grant.Id, "超范围使用", f.PoliceSteward);
        var afterRevoke = await f.Grants.InForceAsync(f.ReliefApp, f.Population, now);
        var resumeRevoked = await f.GrantService.ResumeAsync(grant.Id, null, f.PoliceSteward);

        Assert.Equal(GrantStatus.Suspended, suspended.Value!.Status);
        Assert.Null(whileSuspended);
        Assert.Equal(GrantStatus.Active, resumed.Value!.Status);
        Assert.NotNull(afterResume);
        Assert.Contains(noReason.Problem!.Errors, e => e is { Field: "reason", Code: "required" });
        Assert.Equal(GrantStatus.Revoked, revoked.Value!.Status);
        Assert.Null(afterRevoke);
        Assert.Equal(ProblemKind.Conflict, resumeRevoked.Problem!.Kind);
        var events = (await f.GrantService.FindAsync(grant.Id, f.PoliceUser)).Value!.Events;
        Assert.Equal([GrantAction.Granted, GrantAction.Suspended, GrantAction.Resumed, GrantAction.Revoked], events.Select(e => e.Action));
        Assert.Equal(("police-steward", "超范围使用", now), (events[3].Actor, events[3].Note, events[3].At));
        Assert.Equal(["revoked 超范围使用", "resumed", "suspended 核查数据使用情况"], (await f.AuditedAsync(AuditActions.GrantChange)).Select(e => e.Detail));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Renew_NewEnd_InForceAfterOldEnd(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var grant = await ApprovedAsync(f);
        var newEnd = grant.EndsAt.AddDays(180);

        var past = await f.GrantService.RenewAsync(grant.Id, f.Clock.GetUtcNow().AddDays(-1), f.PoliceSteward);
        var renewed = await f.GrantService.RenewAsync(grant.Id, newEnd, f.PoliceSteward);
        var quota = await f.GrantService.SetQuotaAsync(grant.Id, 100, f.PoliceSteward);

        Assert.Equal(ProblemKind.Validation, past.Problem!.Kind);
        Assert.Equal(newEnd, renewed.Value!.EndsAt);
        Assert.Equal(100, quota.Value!.DailyQuota);
        Assert.Null(await f.Grants.InForceAsync(f.ReliefApp, f.Population, grant.EndsAt.AddDays(-400)));
        var later = await f.Grants.InForceAsync(f.ReliefApp, f.Population, grant.EndsAt.AddDays(1));
        Assert.Equal((grant.Id, newEnd, 100L), (later!.Id, later.EndsAt, later.DailyQuota!.Value));
        var events = (await f.GrantService.FindAsync(grant.Id, f.CivilUser)).Value!.Events;
        Assert.Equal([GrantAction.Granted, GrantAction.Renewed, GrantAction.QuotaChanged], events.Select(e => e.Action));
        Assert.Contains("→", events[1].Note, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Changes_ByConsumerOrOtherDepartment_Forbidden(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var grant = await ApprovedAsync(f);

        var byConsumer = await f.GrantService.SuspendAsync(grant.Id, null, f.CivilSteward);
        var byPlainProviderUser = await f.GrantService.RevokeAsync(grant.Id, "x", f.PoliceUser);
        var readByOther = await f.GrantService.FindAsync(grant.Id, f.EnvSteward);
        var listOther = await f.GrantService.ListAsync(new GrantQuery { DepartmentId = f.Police }, f.EnvSteward);
        var listOwn = await f.GrantService.ListAsync(new GrantQuery(), f.EnvSteward);
        var listConsumer = await f.GrantService.ListAsync(new GrantQuery { ResourceCode = f.Population }, f.CivilUser);
        var listAsApp = await f.GrantService.ListAsync(new GrantQuery(), new SharingActor(null, "app:x", f.Civil, false, false, f.ReliefApp));

        Assert.Equal(ProblemKind.Forbidden, byConsumer.Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, byPlainProviderUser.Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, readByOther.Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, listOther.Problem!.Kind);
        Assert.Equal(0, listOwn.Value.Total);
        Assert.Equal(grant.Id, Assert.Single(listConsumer.Value.Items).Id);
        Assert.Equal(grant.Id, Assert.Single(listAsApp.Value.Items).Id);
    }
}
