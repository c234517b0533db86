using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Sharing;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Sharing;

public sealed class SharingApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    [Fact]
    public async Task ApplicationKey_AuthenticatesAsTheApplication_RevokedKeyUnauthorized()
    {
        var c = await SharingApiClients.CreateAsync(factory);
        var (grant, application) = await c.GrantAsync();
        var created = await c.ConsumerSteward.PostAsJsonAsync($"/api/v1/applications/{application}/keys", new { name = "生产环境" });
        var key = await JsonBodies.ReadAsync(created);
        var secret = key.GetProperty("secret").GetString()!;
        var keyId = key.GetProperty("key").GetProperty("id").GetInt64();
        var app = c.WithToken(secret);
        var bare = factory.CreateClient();
        bare.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", secret);

        var grants = await app.GetFromJsonAsync<JsonElement>("/api/v1/grants?application=1");
        var bareGrants = await bare.GetAsync("/api/v1/grants");
        var asUser = await app.GetAsync("/api/v1/share-requests");
        var own = await app.GetAsync($"/api/v1/grants/{grant}");
        var revoke = await c.ConsumerSteward.PostAsync($"/api/v1/applications/{application}/keys/{keyId}/revoke", null);
        var afterRevoke = await app.GetAsync("/api/v1/grants");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith("zya_", secret, StringComparison.Ordinal);
        // The list is narrowed to the application's own grants whatever it asks: the key carries the application claim.
        var listed = Assert.Single(grants.GetProperty("items").EnumerateArray());
        Assert.Equal((grant, application), (listed.GetProperty("id").GetInt64(), listed.GetProperty("applicationId").GetInt64()));
        Assert.Equal(HttpStatusCode.OK, bareGrants.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task Lifecycle_RequestApproveSuspendRenew_OverHttp()
    {
        var c = await SharingApiClients.CreateAsync(factory);
        var (request, application) = await c.PendingAsync();

        var pending = await c.ProviderSteward.GetFromJsonAsync<JsonElement>("/api/v1/share-requests?role=provider&status=pending&limit=500");
        var approve = await c.ProviderSteward.PostAsJsonAsync($"/api/v1/share-requests/{request}/approve",
            new { items = new[] { "公民身份号码", "姓名" }, masking = new Dictionary<string, string> { ["姓名"] = "none" }, dailyQuota = 1000 });
        var grant = (await JsonBodies.ReadAsync(approve)).GetProperty("grant");
        var id = grant.GetProperty("id").GetInt64();
        var suspend = await c.ProviderSteward.PostAsJsonAsync($"/api/v1/grants/{id}/suspend", new { note = "核查" });
        var renew = await c.Admin.PostAsJsonAsync($"/api/v1/grants/{id}/renew", new { endsAt = TimeProvider.System.GetUtcNow().AddYears(2) });
        var detail = await c.ConsumerUser.GetFromJsonAsync<JsonElement>($"/api/v1/grants/{id}");

        Assert.Contains(pending.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == request);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal((application, "none", 1000), (grant.GetProperty("applicationId").GetInt64(),
            grant.GetProperty("masking").GetProperty("姓名").GetString(), grant.GetProperty("dailyQuota").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renew.StatusCode);
        Assert.Equal("suspended", detail.GetProperty("grant").GetProperty("status").GetString());
        Assert.Equal(["granted", "suspended", "renewed"], detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Refuse_WithoutReason_ProblemInEnglishOnRequest()
    {
        var c = await SharingApiClients.CreateAsync(factory);
        var (request, _) = await c.PendingAsync();

        var zh = await c.ProviderSteward.PostAsJsonAsync($"/api/v1/share-requests/{request}/refuse", new { reason = "" });
        var en = await c.ProviderSteward.PostAsJsonAsync($"/api/v1/share-requests/{request}/refuse?lang=en", new { reason = "" });
        var refused = await c.ProviderSteward.PostAsJsonAsync($"/api/v1/share-requests/{request}/refuse", new { reason = "用途与共享条件不符" });

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        Assert.Contains("拒绝理由", (await JsonBodies.ReadAsync(zh)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("reason is required", (await JsonBodies.ReadAsync(en)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("refused", (await JsonBodies.ReadAsync(refused)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Demo_Seeded_ReliefApplicationHoldsPopulationGrantInForce()
    {
        var c = await SharingApiClients.CreateAsync(factory);

        var applications = await c.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/applications?department={c.Civil}");
        var relief = applications.EnumerateArray().Single(a => a.GetProperty("name").GetString() == "社会救助审核系统").GetProperty("id").GetInt64();
        var grants = await c.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/grants?application={relief}");
        var lookup = factory.Services.GetRequiredService<IGrantLookup>();

        var grant = Assert.Single(grants.GetProperty("items").EnumerateArray());
        Assert.Equal(["公民身份号码", "姓名", "户籍地址"], grant.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal((c.Population, "demo"), (grant.GetProperty("resourceCode").GetString(), grant.GetProperty("grantedBy").GetString()));
        var inForce = await lookup.InForceAsync(relief, c.Population, TimeProvider.System.GetUtcNow());
        Assert.Equal(grant.GetProperty("id").GetInt64(), inForce!.Id);
    }
}
