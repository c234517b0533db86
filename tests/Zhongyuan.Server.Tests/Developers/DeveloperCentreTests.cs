using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Developers;

/// <summary>
/// The developer centre's API: sign-up (signed in at once), applications for a 有条件开放 resource answered by the
/// provider's data steward through the share-request API, and the developer's key limited to that resource.
/// </summary>
public sealed class DeveloperCentreTests(DeveloperCentreTests.Fixture f) : IClassFixture<DeveloperCentreTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ZhongyuanFactory Factory { get; } = new();

        /// <summary>A published 有条件开放 resource with 5 rows.</summary>
        public JsonElement Conditional { get; private set; }

        /// <summary>Another published resource that is not open (no key of a developer reads it).</summary>
        public JsonElement Closed { get; private set; }

        public async Task InitializeAsync()
        {
            var admin = Factory.CreateAdminClient();
            var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
            var all = page.GetProperty("items").EnumerateArray().ToList();
            Conditional = all.First(r => Meta(r, "openType") == "conditional");
            Closed = all.First(r => Meta(r, "openType") == "notOpen");
            foreach (var r in new[] { Conditional, Closed })
            {
                await Uploads.LoadAsync(admin, Code(r), Uploads.CsvFor(r, 5));
            }
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private static string Meta(JsonElement r, string field) => r.GetProperty("metadata").GetProperty(field).GetString()!;

    private static string Code(JsonElement r) => r.GetProperty("code").GetString()!;

    private static long Provider(JsonElement r) => r.GetProperty("provider").GetProperty("id").GetInt64();

    private const string Password = "Kaifa-2026-Henan";

    /// <summary>Signs a new developer up; the client keeps the session cookie and sends the anti-forgery token.</summary>
    private async Task<(HttpClient Client, string Username)> SignUpAsync()
    {
        var client = f.Factory.CreateClient();
        var username = "dev" + Guid.NewGuid().ToString("N")[..10];
        var response = await client.PostAsJsonAsync("/api/v1/developers", new { username, displayName = "开发者 " + username, email = username + "@example.cn", password = Password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Add("X-ZY-CSRF", body.GetProperty("csrfToken").GetString());
        return (client, username);
    }

    private static async Task<long> ApplyAsync(HttpClient developer, string code)
    {
        var response = await developer.PostAsJsonAsync("/api/v1/developers/applications", new { resourceCode = code, purpose = "开发便民查询小程序" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var request = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", request.GetProperty("status").GetString());
        return request.GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task SignUp_Valid_CreatesDeveloperSignedInWithoutPasswordChange()
    {
        var (client, username) = await SignUpAsync();

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me");
        Assert.Equal(username, me.GetProperty("user").GetProperty("username").GetString());
        Assert.Equal("Developer", me.GetProperty("user").GetProperty("role").GetString());
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/developers/keys")).StatusCode);
    }

    [Fact]
    public async Task SignUp_DuplicateUsernameOrEmail_Conflict()
    {
        var (_, username) = await SignUpAsync();
        var anonymous = f.Factory.CreateClient();

        var sameName = await anonymous.PostAsJsonAsync("/api/v1/developers", new { username, displayName = "x", email = "other" + username + "@example.cn", password = Password });
        var sameMail = await anonymous.PostAsJsonAsync("/api/v1/developers", new { username = username + "b", displayName = "x", email = username.ToUpperInvariant() + "@EXAMPLE.cn", password = Password });

        Assert.Equal(HttpStatusCode.Conflict, sameName.StatusCode);
        Assert.Contains("已被使用", await sameName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, sameMail.StatusCode);
        Assert.Contains("该电子邮箱已注册", await sameMail.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_WeakPassword_ListsBrokenRules()
    {
        var response = await f.Factory.CreateClient().PostAsJsonAsync("/api/v1/developers",
            new { username = "weakling", displayName = "弱密码", email = "weak@example.cn", password = "abc" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("password_too_short", text, StringComparison.Ordinal);
        Assert.Contains("password_too_simple", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_AnonymousOrOtherRoles_OnlySignUpIsOpen()
    {
        var anonymous = f.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/developers/keys")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/developers/applications", new { resourceCode = Code(f.Conditional), purpose = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/developers/usage")).StatusCode);

        var user = await f.Factory.CreateClientForAsync(Role.DepartmentUser);
        var refused = await user.PostAsJsonAsync("/api/v1/developers/applications", new { resourceCode = Code(f.Conditional), purpose = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/developers/keys")).StatusCode);
    }

    [Fact]
    public async Task Apply_NotConditionalResource_Conflict()
    {
        var (developer, _) = await SignUpAsync();
        var response = await developer.PostAsJsonAsync("/api/v1/developers/applications", new { resourceCode = Code(f.Closed), purpose = "x" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task ApplyApprove_KeyReadsGrantedResourceOnly_AndUsageIsCounted()
    {
        var (developer, _) = await SignUpAsync();
        var id = await ApplyAsync(developer, Code(f.Conditional));
        var again = await developer.PostAsJsonAsync("/api/v1/developers/applications", new { resourceCode = Code(f.Conditional), purpose = "再次申请" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var other = await f.Factory.CreateClientForAsync(Role.DataSteward, await OtherDepartmentAsync(Provider(f.Conditional)));
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/share-requests/{id}/approve", new { })).StatusCode);
        var steward = await f.Factory.CreateClientForAsync(Role.DataSteward, Provider(f.Conditional));
        var pending = await steward.GetFromJsonAsync<JsonElement>("/api/v1/share-requests?role=provider&status=pending");
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/v1/share-requests/{id}/approve", new { })).StatusCode);

        var applications = await developer.GetFromJsonAsync<JsonElement>("/api/v1/developers/applications");
        var approved = applications.EnumerateArray().Single(a => a.GetProperty("id").GetInt64() == id);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var created = await developer.PostAsJsonAsync("/api/v1/developers/keys", new { applicationId = approved.GetProperty("applicationId").GetInt64(), name = "小程序" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        var key = f.Factory.WithToken(secret);
        var rows = await key.GetAsync($"/api/v1/resources/{Code(f.Conditional)}/rows?limit=10");
        Assert.Equal(HttpStatusCode.OK, rows.StatusCode);
        Assert.NotEmpty((await rows.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await key.GetAsync($"/api/v1/resources/{Code(f.Closed)}/rows")).StatusCode);

        var usage = await developer.GetFromJsonAsync<JsonElement>("/api/v1/developers/usage");
        var day = Assert.Single(usage.EnumerateArray());
        Assert.Equal(1, day.GetProperty("requests").GetInt64());
        Assert.True(day.GetProperty("rows").GetInt64() > 0);
    }

    [Fact]
    public async Task Refuse_NeedsReason_AndDeveloperSeesIt()
    {
        var (developer, _) = await SignUpAsync();
        var id = await ApplyAsync(developer, Code(f.Conditional));
        var steward = await f.Factory.CreateClientForAsync(Role.DataSteward, Provider(f.Conditional));

        Assert.Equal(HttpStatusCode.BadRequest, (await steward.PostAsJsonAsync($"/api/v1/share-requests/{id}/refuse", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/v1/share-requests/{id}/refuse", new { reason = "用途与开放条件不符" })).StatusCode);

        var mine = await developer.GetFromJsonAsync<JsonElement>("/api/v1/developers/applications");
        var refused = mine.EnumerateArray().Single(a => a.GetProperty("id").GetInt64() == id);
        Assert.Equal("refused", refused.GetProperty("status").GetString());
        Assert.Equal("用途与开放条件不符", refused.GetProperty("refusalReason").GetString());
        var noKey = await developer.GetFromJsonAsync<JsonElement>("/api/v1/developers/keys");
        Assert.Empty(noKey.EnumerateArray());
    }

    private async Task<long> OtherDepartmentAsync(long provider) =>
        (await f.Factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/departments")).EnumerateArray()
            .Select(d => d.GetProperty("id").GetInt64()).First(d => d != provider);
}
