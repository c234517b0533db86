using Zhongyuan.Audit;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Identity;

public sealed class SignInServiceTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SignIn_FiveFailures_LocksFifteenMinutesThenAllows(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var issued = await f.CreateUserAsync("zhang.wei");

        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(SignInStatus.Failed, (await f.SignIn.SignInAsync("zhang.wei", "wrong-" + i, "10.0.0.9")).Status);
        }
        var fifth = await f.SignIn.SignInAsync("zhang.wei", "wrong-5", "10.0.0.9");

        Assert.Equal(SignInStatus.LockedOut, fifth.Status);
        Assert.Equal(f.Audit.Time.GetUtcNow().AddMinutes(15), fifth.LockedUntil);
        // Locked: even the right password is refused, and without counting.
        Assert.Equal(SignInStatus.LockedOut, (await f.SignIn.SignInAsync("zhang.wei", issued.InitialPassword, null)).Status);
        f.Audit.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInStatus.LockedOut, (await f.SignIn.SignInAsync("zhang.wei", issued.InitialPassword, null)).Status);
        f.Audit.Time.Advance(TimeSpan.FromMinutes(1));
        var after = await f.SignIn.SignInAsync("zhang.wei", issued.InitialPassword, null);

        Assert.Equal(SignInStatus.Succeeded, after.Status);
        Assert.Equal(0, after.User!.FailedSignIns);
        var lockout = Assert.Single(await f.EventsAsync(IdentityAuditActions.Lockout));
        Assert.Equal("zhang.wei", lockout.Username);
        var signIns = await f.EventsAsync(IdentityAuditActions.SignIn);
        Assert.Equal(5 + 2, signIns.Count(e => e.Result == AuditOutcome.Denied));
        Assert.Equal(1, signIns.Count(e => e.Result == AuditOutcome.Ok));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SignIn_SuccessResetsFailureCount_CountedPerAccount(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine, new SecurityOptions { MaxFailedSignIns = 3, LockoutMinutes = 5 });
        var a = await f.CreateUserAsync("user.a");
        await f.CreateUserAsync("user.b");

        await f.SignIn.SignInAsync("user.a", "bad", null);
        await f.SignIn.SignInAsync("user.a", "bad", null);
        await f.SignIn.SignInAsync("user.b", "bad", null);
        await f.SignIn.SignInAsync("user.b", "bad", null);
        Assert.Equal(SignInStatus.Succeeded, (await f.SignIn.SignInAsync("user.a", a.InitialPassword, null)).Status);
        await f.SignIn.SignInAsync("user.a", "bad", null);

        Assert.Equal(SignInStatus.LockedOut, (await f.SignIn.SignInAsync("user.b", "bad", null)).Status);
        Assert.Equal(1, (await f.Store.FindUserAsync("user.a"))!.FailedSignIns);
        Assert.Equal(f.Audit.Time.GetUtcNow().AddMinutes(5), (await f.Store.FindUserAsync("user.b"))!.LockedUntil);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SignIn_UnknownUser_FailsAndIsAudited(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);

        Assert.Equal(SignInStatus.Failed, (await f.SignIn.SignInAsync("nobody", "Whatever-2026", "10.0.0.1")).Status);
        var e = Assert.Single(await f.EventsAsync(IdentityAuditActions.SignIn));
        Assert.Equal(AuditOutcome.Denied, e.Result);
        Assert.Equal("nobody", e.Username);
        Assert.Equal("10.0.0.1", e.Ip);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task ChangePassword_ChecksCurrentAndPolicy_ClearsMustChange(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var issued = await f.CreateUserAsync("ma.li");
        var id = issued.User.Id;

        Assert.Equal("current_password_wrong", (await f.SignIn.ChangePasswordAsync(id, "nope", "Henan-2026-data", null)).Problem!.Errors[0].Code);
        var weak = await f.SignIn.ChangePasswordAsync(id, issued.InitialPassword, "ma.liabcdefg", null);
        Assert.Contains(weak.Problem!.Errors, e => e.Code == "password_contains_username" && e.Field == "new");
        Assert.Contains(weak.Problem!.Errors, e => e.Code == "password_too_simple");
        Assert.Equal("password_unchanged", (await f.SignIn.ChangePasswordAsync(id, issued.InitialPassword, issued.InitialPassword, null)).Problem!.Errors[0].Code);
        var changed = await f.SignIn.ChangePasswordAsync(id, issued.InitialPassword, "Henan-2026-data", null);

        Assert.False(changed.Value!.MustChangePassword);
        Assert.True(changed.Value.SessionVersion > issued.User.SessionVersion);
        Assert.Equal(SignInStatus.Failed, (await f.SignIn.SignInAsync("ma.li", issued.InitialPassword, null)).Status);
        Assert.Equal(SignInStatus.Succeeded, (await f.SignIn.SignInAsync("ma.li", "Henan-2026-data", null)).Status);
        Assert.Contains(await f.EventsAsync(IdentityAuditActions.PasswordChange), e => e.Result == AuditOutcome.Ok);
    }
}
