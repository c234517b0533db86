using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Audit;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Identity;

namespace Zhongyuan.Tests.Api;

public sealed class AuthApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    [Fact]
    public async Task Login_SetsHttpOnlyStrictCookie_MeReturnsCsrfAndScopes()
    {
        var account = await factory.CreateAccountAsync(Role.Analyst);
        var client = factory.CreateClient();

        var (response, csrf) = await Sessions.LoginAsync(client, account.Username, account.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("zy_session=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(account.Username, me.GetProperty("user").GetProperty("username").GetString());
        Assert.Equal("session", me.GetProperty("authenticatedBy").GetString());
        Assert.Equal(csrf, me.GetProperty("csrfToken").GetString());
        Assert.Equal(["catalog:read", "data:read"], me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Login_WrongPassword_401InChineseAndEnglish()
    {
        var account = await factory.CreateAccountAsync(Role.Developer);

        var zh = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { username = account.Username, password = "Wrong-password-1" });
        var en = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login?lang=en", new { username = "nobody", password = "Wrong-password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, zh.StatusCode);
        Assert.Equal("用户名或密码错误", (await Sessions.BodyAsync(zh)).GetProperty("title").GetString());
        Assert.Equal("Wrong username or password", (await Sessions.BodyAsync(en)).GetProperty("title").GetString());
        Assert.Equal("invalid_credentials", await Sessions.CodeAsync(en));
    }

    [Fact]
    public async Task Csrf_CookieUnsafeMethodWithoutHeader_403_TokenCallsExempt()
    {
        var account = await factory.CreateAccountAsync(Role.DepartmentUser);
        var client = factory.CreateClient();
        var (_, csrf) = await Sessions.LoginAsync(client, account.Username, account.Password);
        var body = new { name = "etl", scopes = new[] { "data:read" }, expiresInDays = 7 };

        var missing = await client.PostAsJsonAsync("/api/v1/auth/tokens", body);
        client.DefaultRequestHeaders.Add(Sessions.CsrfHeader, "forged");
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/tokens", body);
        client.DefaultRequestHeaders.Remove(Sessions.CsrfHeader);
        client.DefaultRequestHeaders.Add(Sessions.CsrfHeader, csrf);
        var right = await client.PostAsJsonAsync("/api/v1/auth/tokens", body);
        var viaToken = await factory.WithToken(account.Token).PostAsJsonAsync("/api/v1/auth/tokens", body);

        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal("csrf_invalid", await Sessions.CodeAsync(missing));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, right.StatusCode);
        Assert.Equal(HttpStatusCode.Created, viaToken.StatusCode);
    }

    [Fact]
    public async Task Logout_EndsSession()
    {
        var account = await factory.CreateAccountAsync(Role.Developer);
        var client = await Sessions.SignedInAsync(factory, account.Username, account.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        var after = await client.GetAsync("/api/v1/auth/me");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Session_AccountDisabled_EndsAtNextRequest()
    {
        var account = await factory.CreateAccountAsync(Role.Analyst);
        var client = await Sessions.SignedInAsync(factory, account.Username, account.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAdminClient().PostAsync($"/api/v1/users/{account.Id}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.WithToken(account.Token).GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Tokens_ScopesLimitedToRole_ListedWithoutSecret_RevokedIs401()
    {
        var account = await factory.CreateAccountAsync(Role.Developer);
        var client = factory.WithToken(account.Token);

        var wider = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { name = "x", scopes = new[] { "data:read" }, expiresInDays = 7 });
        var noExpiry = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { name = "x", scopes = new[] { "catalog:read" } });
        var created = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { name = "portal", scopes = new[] { "catalog:read" }, expiresInDays = 90 });

        Assert.Equal(HttpStatusCode.BadRequest, wider.StatusCode);
        Assert.Equal("scope_not_allowed", await Sessions.CodeAsync(wider));
        Assert.Equal("expiry_invalid", await Sessions.CodeAsync(noExpiry));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await Sessions.BodyAsync(created);
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("token").GetProperty("id").GetInt64();
        var list = await client.GetStringAsync("/api/v1/auth/tokens");
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains("portal", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await factory.WithToken(secret).GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/auth/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.WithToken(secret).GetAsync("/api/v1/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Tokens_NarrowTokenCannotMintWiderOne()
    {
        var account = await factory.CreateAccountAsync(Role.DataSteward);
        var narrow = await factory.Services.GetRequiredService<IdentityStore>()
            .CreateTokenAsync(account.Id, "narrow", Scopes.CatalogRead, TimeProvider.System.GetUtcNow().AddDays(1));

        var response = await factory.WithToken(narrow).PostAsJsonAsync("/api/v1/auth/tokens", new { name = "x", scopes = new[] { "data:write" }, expiresInDays = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("scope_not_allowed", await Sessions.CodeAsync(response));
    }

    [Fact]
    public async Task Login_Audited_WithOutcome()
    {
        var account = await factory.CreateAccountAsync(Role.Analyst);
        await Sessions.LoginAsync(factory.CreateClient(), account.Username, "Wrong-password-1");
        await Sessions.LoginAsync(factory.CreateClient(), account.Username, account.Password);

        await factory.Services.GetRequiredService<AuditLog>().FlushAsync();
        var events = (await factory.Services.GetRequiredService<AuditTrail>().QueryAsync(new AuditQuery(UserId: account.Id, Action: IdentityAuditActions.SignIn))).Items;

        Assert.Equal([AuditOutcome.Ok, AuditOutcome.Denied], events.Select(e => e.Result));
    }
}
