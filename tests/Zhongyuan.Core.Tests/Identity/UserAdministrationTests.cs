using Zhongyuan.Audit;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Identity;

public sealed class UserAdministrationTests
{
    private static string? Code<T>(Outcome<T> outcome) => outcome.Problem?.Errors.FirstOrDefault()?.Code;

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bootstrap_CreatesThreeAdministrators_EachMustChangePassword(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);

        Assert.Equal([Role.SystemAdministrator, Role.SecurityAdministrator, Role.AuditAdministrator], f.Bootstrap.Accounts.Select(a => a.Role));
        Assert.Equal(3, f.Bootstrap.Accounts.Select(a => a.Password).Distinct().Count());
        foreach (var account in f.Bootstrap.Accounts)
        {
            var user = (await f.Store.FindUserAsync(account.Username))!;
            Assert.Equal(account.Role, user.Role);
            Assert.True(user.MustChangePassword);
            Assert.Null(user.DepartmentId);
        }
        var principal = (await f.Store.AuthenticateAsync(f.Bootstrap.Token))!;
        Assert.Equal(RoleScopes.Allowed(Role.SystemAdministrator).Order(), principal.Scopes.Order());
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_BySystemAdministrator_InitialPasswordMustBeChangedAndAudited(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);

        var issued = await f.CreateUserAsync("zhang.wei");

        Assert.True(issued.User.MustChangePassword);
        Assert.Empty(PasswordPolicy.Check(issued.InitialPassword, "zhang.wei"));
        Assert.Equal(SignInStatus.Succeeded, (await f.SignIn.SignInAsync("zhang.wei", issued.InitialPassword, null)).Status);
        var created = Assert.Single(await f.EventsAsync(AuditActions.UserCreate));
        Assert.Equal(f.SystemAdmin.UserId, created.UserId);
        Assert.Contains("zhang.wei", created.Detail, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_InvalidOrForbidden_Refused(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        await f.CreateUserAsync("li.na");

        Assert.Equal("username_taken", Code(await f.Users.CreateAsync(new NewUser("li.na", "李娜", Role.Analyst, f.DepartmentId), f.SystemAdmin)));
        Assert.Equal("username_invalid", Code(await f.Users.CreateAsync(new NewUser("A", "李娜", Role.Analyst, f.DepartmentId), f.SystemAdmin)));
        Assert.Equal("department_required", Code(await f.Users.CreateAsync(new NewUser("wang.fang", "王芳", Role.DataSteward, null), f.SystemAdmin)));
        Assert.Equal("department_unknown", Code(await f.Users.CreateAsync(new NewUser("wang.fang", "王芳", Role.DataSteward, 999), f.SystemAdmin)));
        Assert.Equal("administrator_role_by_security_administrator",
            Code(await f.Users.CreateAsync(new NewUser("sec2", "安全二", Role.SecurityAdministrator, null), f.SystemAdmin)));
        Assert.Equal(ProblemKind.Forbidden, (await f.Users.CreateAsync(new NewUser("x.y", "某", Role.Developer, null), f.SecurityAdmin)).Problem!.Kind);
        Assert.True((await f.Users.CreateAsync(new NewUser("dev.one", "开发者", Role.Developer, null), f.SystemAdmin)).Succeeded);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangeRole_OnlySecurityAdministrator_NeverOwnRole(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var user = (await f.CreateUserAsync("zhao.lei")).User;

        Assert.Equal(ProblemKind.Forbidden, (await f.Users.ChangeRoleAsync(user.Id, Role.DataSteward, null, f.SystemAdmin)).Problem!.Kind);
        Assert.Equal("own_account", Code(await f.Users.ChangeRoleAsync(f.SecurityAdmin.UserId, Role.SystemAdministrator, null, f.SecurityAdmin)));
        var changed = await f.Users.ChangeRoleAsync(user.Id, Role.DataSteward, null, f.SecurityAdmin);

        Assert.True(changed.Succeeded);
        Assert.Equal(Role.DataSteward, changed.Value.Role);
        Assert.Equal(f.DepartmentId, changed.Value.DepartmentId);
        var audited = Assert.Single(await f.EventsAsync(IdentityAuditActions.RoleChange));
        Assert.Contains("DepartmentUser->DataSteward", audited.Detail, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangeRole_ToAdministrator_DropsDepartmentAndRefusesOne(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var user = (await f.CreateUserAsync("sun.li")).User;

        Assert.Equal("administrator_without_department", Code(await f.Users.ChangeRoleAsync(user.Id, Role.AuditAdministrator, f.DepartmentId, f.SecurityAdmin)));
        var promoted = await f.Users.ChangeRoleAsync(user.Id, Role.AuditAdministrator, null, f.SecurityAdmin);

        Assert.Equal(Role.AuditAdministrator, promoted.Value!.Role);
        Assert.Null(promoted.Value.DepartmentId);
        Assert.Equal("department_required", Code(await f.Users.ChangeRoleAsync(user.Id, Role.Analyst, null, f.SecurityAdmin)));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangeRole_LastHolderOfAdministratorRole_Refused(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var second = (await f.CreateUserAsync("sec.two")).User;

        Assert.Equal("last_administrator", Code(await f.Users.ChangeRoleAsync(f.AuditAdmin.UserId, Role.Developer, null, f.SecurityAdmin)));
        Assert.Equal("last_administrator", Code(await f.Users.ChangeRoleAsync(f.SystemAdmin.UserId, Role.Developer, null, f.SecurityAdmin)));
        Assert.True((await f.Users.ChangeRoleAsync(second.Id, Role.SecurityAdministrator, null, f.SecurityAdmin)).Succeeded);
        var secondActor = await f.ActorAsync("sec.two");
        // Now two security administrators: the second may demote the first, after which the second is the last one.
        Assert.True((await f.Users.ChangeRoleAsync(f.SecurityAdmin.UserId, Role.Developer, null, secondActor)).Succeeded);
        Assert.Equal(Role.AuditAdministrator, (await f.Store.FindUserAsync(f.AuditAdmin.UserId))!.Role);
        Assert.Equal("own_account", Code(await f.Users.ChangeRoleAsync(second.Id, Role.Developer, null, secondActor)));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangeRole_RevokesTheAccountsTokens(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var user = (await f.CreateUserAsync("qian.jun")).User;
        var token = await f.Store.CreateTokenAsync(user.Id, "ci", Scopes.DataRead, f.Audit.Time.GetUtcNow().AddDays(1));

        await f.Users.ChangeRoleAsync(user.Id, Role.Developer, null, f.SecurityAdmin);

        Assert.Null(await f.Store.AuthenticateAsync(token));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Disable_SelfOrLastAdministrator_Refused_OthersStopWorking(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var issued = await f.CreateUserAsync("zhou.min");
        var token = await f.Store.CreateTokenAsync(issued.User.Id, "ci", Scopes.DataRead, f.Audit.Time.GetUtcNow().AddDays(1));

        Assert.Equal("own_account", Code(await f.Users.SetDisabledAsync(f.SystemAdmin.UserId, true, f.SystemAdmin)));
        Assert.Equal("last_administrator", Code(await f.Users.SetDisabledAsync(f.SecurityAdmin.UserId, true, f.SystemAdmin)));
        Assert.Equal("last_administrator", Code(await f.Users.SetDisabledAsync(f.AuditAdmin.UserId, true, f.SystemAdmin)));
        Assert.Equal(ProblemKind.Forbidden, (await f.Users.SetDisabledAsync(issued.User.Id, true, f.SecurityAdmin)).Problem!.Kind);
        Assert.True((await f.Users.SetDisabledAsync(issued.User.Id, true, f.SystemAdmin)).Succeeded);

        Assert.Null(await f.Store.AuthenticateAsync(token));
        Assert.Equal(SignInStatus.Failed, (await f.SignIn.SignInAsync("zhou.min", issued.InitialPassword, null)).Status);
        Assert.True((await f.Users.SetDisabledAsync(issued.User.Id, false, f.SystemAdmin)).Succeeded);
        Assert.NotNull(await f.Store.AuthenticateAsync(token));
        Assert.Single(await f.EventsAsync(IdentityAuditActions.UserDisable));
        Assert.Single(await f.EventsAsync(IdentityAuditActions.UserEnable));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ResetPassword_SeparationOfDuties(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var user = (await f.CreateUserAsync("wu.gang")).User;

        Assert.Equal("separation_of_duties", Code(await f.Users.ResetPasswordAsync(f.SecurityAdmin.UserId, f.SystemAdmin)));
        Assert.Equal("separation_of_duties", Code(await f.Users.ResetPasswordAsync(f.AuditAdmin.UserId, f.SystemAdmin)));
        Assert.Equal("separation_of_duties", Code(await f.Users.ResetPasswordAsync(user.Id, f.SecurityAdmin)));
        Assert.Equal("own_account", Code(await f.Users.ResetPasswordAsync(f.SystemAdmin.UserId, f.SystemAdmin)));
        Assert.True((await f.Users.ResetPasswordAsync(f.AuditAdmin.UserId, f.SecurityAdmin)).Succeeded);
        var reset = await f.Users.ResetPasswordAsync(user.Id, f.SystemAdmin);

        Assert.True(reset.Value!.User.MustChangePassword);
        Assert.Equal(SignInStatus.Succeeded, (await f.SignIn.SignInAsync("wu.gang", reset.Value.InitialPassword, null)).Status);
        Assert.Equal(2, (await f.EventsAsync(IdentityAuditActions.PasswordReset)).Count);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task List_FiltersBySearchRoleDepartmentAndStatus(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        await f.CreateUserAsync("zhang.san");
        await f.CreateUserAsync("zhang.si", Role.Analyst);
        var dev = await f.CreateUserAsync("li.si", Role.Developer);
        await f.Users.SetDisabledAsync(dev.User.Id, true, f.SystemAdmin);

        Assert.Equal(2, (await f.Users.ListAsync(new UserQuery(Search: "ZHANG"))).Total);
        Assert.Equal(["zhang.si"], (await f.Users.ListAsync(new UserQuery(Role: Role.Analyst))).Items.Select(u => u.Username));
        Assert.Equal(2, (await f.Users.ListAsync(new UserQuery(DepartmentId: f.DepartmentId))).Total);
        Assert.Equal(["li.si"], (await f.Users.ListAsync(new UserQuery(Disabled: true))).Items.Select(u => u.Username));
        var page = await f.Users.ListAsync(new UserQuery(Limit: 2, Offset: 1));
        Assert.Equal(6, page.Total);
        Assert.Equal(2, page.Items.Count);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Update_ChangesNameAndDepartment_AdministratorKeepsNone(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var user = (await f.CreateUserAsync("he.ping")).User;

        var updated = await f.Users.UpdateAsync(user.Id, "何平", null, f.SystemAdmin);
        Assert.Equal("何平", updated.Value!.DisplayName);
        Assert.Equal("administrator_without_department", Code(await f.Users.UpdateAsync(f.AuditAdmin.UserId, null, f.DepartmentId, f.SystemAdmin)));
        Assert.Equal(ProblemKind.NotFound, (await f.Users.UpdateAsync(9999, "某", null, f.SystemAdmin)).Problem!.Kind);
        Assert.Single(await f.EventsAsync(IdentityAuditActions.UserChange));
    }
}
