using Zhongyuan.Audit;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Sharing;

public sealed class ApplicationStoreTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_NamesUniquePerDepartment_ManagedByStewardsAndAdmins(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var duplicate = await f.ApplicationService.CreateAsync(f.Civil, new ApplicationInput(" 社会救助审核系统 ", null, null, null), f.Admin);
        var sameNameElsewhere = await f.ApplicationService.CreateAsync(f.Police, new ApplicationInput("社会救助审核系统", null, null, null), f.PoliceSteward);
        var byPlainUser = await f.ApplicationService.CreateAsync(f.Civil, new ApplicationInput("养老服务系统", null, null, null), f.CivilUser);
        var byOtherSteward = await f.ApplicationService.UpdateAsync(f.ReliefApp, new ApplicationInput("改名", null, null, null), f.PoliceSteward);
        var listed = await f.ApplicationService.ListAsync(null, f.CivilUser);

        Assert.Equal("name_taken", Assert.Single(duplicate.Problem!.Errors).Code);
        Assert.True(sameNameElsewhere.Succeeded);
        Assert.Equal(ProblemKind.Forbidden, byPlainUser.Problem!.Kind);
        Assert.Equal(ProblemKind.Forbidden, byOtherSteward.Problem!.Kind);
        var app = Assert.Single(listed.Value!);
        Assert.Equal(("社会救助审核系统", "河南省民政厅", true, "civil-steward"), (app.Name, app.DepartmentName, app.Enabled, app.CreatedBy));
        Assert.Equal(2, (await f.AuditedAsync(AuditActions.ApplicationChange)).Count);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Keys_AuthenticateUntilRevokedExpiredOrDisabled(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);

        var key = (await f.ApplicationService.CreateKeyAsync(f.ReliefApp, "生产环境", null, f.CivilSteward)).Value!;
        var shortLived = (await f.ApplicationService.CreateKeyAsync(f.ReliefApp, "测试", f.Clock.GetUtcNow().AddHours(1), f.CivilSteward)).Value!;
        var valid = await f.Applications.AuthenticateAsync(key.Secret);
        var wrong = await f.Applications.AuthenticateAsync(key.Secret[..^1] + (key.Secret[^1] == 'A' ? 'B' : 'A'));
        f.Clock.Advance(TimeSpan.FromHours(2));
        var expired = await f.Applications.AuthenticateAsync(shortLived.Secret);
        await f.ApplicationService.UpdateAsync(f.ReliefApp, new ApplicationInput("社会救助审核系统", null, null, false), f.CivilSteward);
        var disabled = await f.Applications.AuthenticateAsync(key.Secret);
        await f.ApplicationService.UpdateAsync(f.ReliefApp, new ApplicationInput("社会救助审核系统", null, null, true), f.CivilSteward);
        var revoke = await f.ApplicationService.RevokeKeyAsync(f.ReliefApp, key.Key.Id, f.CivilSteward);
        var revoked = await f.Applications.AuthenticateAsync(key.Secret);

        Assert.StartsWith("zya_", key.Secret, StringComparison.Ordinal);
        Assert.Equal(key.Secret[..8] + "…", key.Key.Hint);
        Assert.Equal(SharingFixture.Wednesday.AddDays(365), key.Key.ExpiresAt);
        Assert.Equal((f.ReliefApp, f.Civil, key.Key.Id), valid);
        Assert.Null(wrong);
        Assert.Null(expired);
        Assert.Null(disabled);
        Assert.NotNull(revoke.Value!.RevokedAt);
        Assert.Null(revoked);
        var keys = (await f.ApplicationService.KeysAsync(f.ReliefApp, f.Admin)).Value!;
        Assert.Equal(["生产环境", "测试"], keys.Select(k => k.Name));
        Assert.DoesNotContain(keys, k => k.IsValid(f.Clock.GetUtcNow()));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Delete_OnlyWithoutRequests(string engine)
    {
        await using var f = await SharingFixture.CreateAsync(engine);
        var spare = (await f.ApplicationService.CreateAsync(f.Civil, new ApplicationInput("养老服务系统", null, null, null), f.CivilSteward)).Value!;
        await f.ApplicationService.CreateKeyAsync(spare.Id, null, null, f.CivilSteward);
        await f.RequestService.CreateAsync(f.PopulationRequest(), f.CivilUser);

        var deleted = await f.ApplicationService.DeleteAsync(spare.Id, f.CivilSteward);
        var used = await f.ApplicationService.DeleteAsync(f.ReliefApp, f.CivilSteward);

        Assert.True(deleted.Succeeded);
        Assert.Null(await f.Applications.FindAsync(spare.Id));
        Assert.Equal(ProblemKind.Conflict, used.Problem!.Kind);
    }
}
