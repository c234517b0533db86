using Zhongyuan.Identity;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Identity;

public sealed class IdentityStoreTests
{
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Bootstrap_EmptyPlatform_CreatesAdminOnce(string engine)
    {
        var store = new IdentityStore(await TestDatabases.CreateAsync(engine, "identity"), new ManualClock(Start));

        var first = await store.BootstrapAsync(p => "hash:" + p);
        var second = await store.BootstrapAsync(p => "hash:" + p);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal("admin", first.Username);
        Assert.StartsWith(IdentityStore.TokenPrefix, first.Token, StringComparison.Ordinal);
        var principal = await store.AuthenticateAsync(first.Token);
        Assert.Equal(Role.SystemAdministrator, principal!.User.Role);
        Assert.True(principal.User.MustChangePassword);
        Assert.Contains(Scopes.CatalogWrite, principal.Scopes);
        Assert.Contains(Scopes.UsersManage, principal.Scopes);
        Assert.DoesNotContain(Scopes.AuditRead, principal.Scopes);
        Assert.Equal(["admin", "secadmin", "auditadmin"], first.Accounts.Select(a => a.Username));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Authenticate_UnknownOrMalformedToken_Null(string engine)
    {
        var store = new IdentityStore(await TestDatabases.CreateAsync(engine, "identity"), new ManualClock(Start));
        var credentials = await store.BootstrapAsync(p => p);

        Assert.Null(await store.AuthenticateAsync(credentials!.Token + "x"));
        Assert.Null(await store.AuthenticateAsync("not-a-token"));
        Assert.Null(await store.AuthenticateAsync(""));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Authenticate_ExpiredToken_Null(string engine)
    {
        var clock = new ManualClock(Start);
        var store = new IdentityStore(await TestDatabases.CreateAsync(engine, "identity"), clock);
        var admin = await store.AuthenticateAsync((await store.BootstrapAsync(p => p))!.Token);
        var token = await store.CreateTokenAsync(admin!.User.Id, "ci", Scopes.CatalogRead, Start.AddHours(1));

        Assert.NotNull(await store.AuthenticateAsync(token));
        clock.Now = Start.AddHours(2);
        Assert.Null(await store.AuthenticateAsync(token));
    }
}
