using Zhongyuan.Audit;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Identity;

public sealed class ApiTokensTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_WithinRole_ShownOnceListedWithoutSecretRevocable(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        var user = (await f.CreateUserAsync("feng.yu")).User;
        var actor = await f.ActorAsync("feng.yu");

        var issued = await f.Tokens.CreateAsync(actor, null, "etl", [Scopes.DataRead, Scopes.CatalogRead], 30);

        Assert.True(issued.Succeeded);
        Assert.StartsWith(IdentityStore.TokenPrefix, issued.Value.Secret, StringComparison.Ordinal);
        Assert.Equal([Scopes.CatalogRead, Scopes.DataRead], issued.Value.Token.Scopes);
        Assert.Equal(f.Audit.Time.GetUtcNow().AddDays(30), issued.Value.Token.ExpiresAt);
        var listed = Assert.Single(await f.Tokens.ListAsync(user.Id));
        Assert.Equal("etl", listed.Name);
        Assert.NotNull(await f.Store.AuthenticateAsync(issued.Value.Secret));

        Assert.False(await f.Tokens.RevokeAsync(f.SystemAdmin, listed.Id));
        Assert.True(await f.Tokens.RevokeAsync(actor, listed.Id));
        Assert.Null(await f.Store.AuthenticateAsync(issued.Value.Secret));
        Assert.NotNull((await f.Tokens.ListAsync(user.Id))[0].RevokedAt);
        Assert.Single(await f.EventsAsync(IdentityAuditActions.TokenCreate));
        Assert.Single(await f.EventsAsync(IdentityAuditActions.TokenRevoke));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_ScopesBeyondRoleOrCallerToken_Refused(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);
        await f.CreateUserAsync("feng.yu");
        var actor = await f.ActorAsync("feng.yu");

        var wider = await f.Tokens.CreateAsync(actor, null, "x", [Scopes.DataWrite], 30);
        var audit = await f.Tokens.CreateAsync(f.SystemAdmin, null, "x", [Scopes.AuditRead], 30);
        var narrow = await f.Tokens.CreateAsync(f.SystemAdmin, new HashSet<string> { Scopes.CatalogRead }, "x", [Scopes.CatalogWrite], 30);
        var invented = await f.Tokens.CreateAsync(actor, null, "x", ["everything"], 30);

        Assert.Contains(wider.Problem!.Errors, e => e.Code == "scope_not_allowed");
        Assert.Contains(audit.Problem!.Errors, e => e.Code == "scope_not_allowed");
        Assert.Contains(narrow.Problem!.Errors, e => e.Code == "scope_not_allowed");
        Assert.Contains(invented.Problem!.Errors, e => e.Code == "scope_not_allowed");
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_ExpiryRequiredAndBounded_ExpiredTokenRefused(string engine)
    {
        await using var f = await IdentityFixture.CreateAsync(engine);

        Assert.Contains((await f.Tokens.CreateAsync(f.AuditAdmin, null, "x", [Scopes.AuditRead], null)).Problem!.Errors, e => e.Code == "expiry_invalid");
        Assert.Contains((await f.Tokens.CreateAsync(f.AuditAdmin, null, "x", [Scopes.AuditRead], 366)).Problem!.Errors, e => e.Code == "expiry_invalid");
        Assert.Contains((await f.Tokens.CreateAsync(f.AuditAdmin, null, " ", [Scopes.AuditRead], 1)).Problem!.Errors, e => e.Code == "name_invalid");
        Assert.Contains((await f.Tokens.CreateAsync(f.AuditAdmin, null, "x", [], 1)).Problem!.Errors, e => e.Code == "scopes_required");
        var year = await f.Tokens.CreateAsync(f.AuditAdmin, null, "audit-export", [Scopes.AuditRead], 365);

        Assert.NotNull(await f.Store.AuthenticateAsync(year.Value!.Secret));
        f.Audit.Time.Advance(TimeSpan.FromDays(365));
        Assert.Null(await f.Store.AuthenticateAsync(year.Value.Secret));
        Assert.Equal(AuditOutcome.Ok, (await f.EventsAsync(IdentityAuditActions.TokenCreate))[0].Result);
    }
}
