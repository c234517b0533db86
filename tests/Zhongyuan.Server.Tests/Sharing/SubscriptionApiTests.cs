using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Sharing;

/// <summary>Subscriptions by pull: change sets and snapshots through the grant, cursors, quota, refusals.</summary>
public sealed class SubscriptionApiTests(SubscriptionFixture f) : IClassFixture<SubscriptionFixture>
{
    private async Task<long> SubscribeAsync(HttpClient app, string mode = "pull")
    {
        var created = await app.PostAsJsonAsync($"/api/v1/resources/{f.Code}/subscriptions", new { mode });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private void AssertNoRaw(string where, string text)
    {
        foreach (var raw in f.RawMasked)
        {
            Assert.False(text.Contains(raw, StringComparison.Ordinal), $"{where} contains the raw value {raw}");
        }
    }

    private static async Task<(JsonElement Body, string Text)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return (JsonDocument.Parse(text).RootElement, text);
    }

    [Fact]
    public async Task Changes_SinceIncrementalVersion_MaskedInsertUpdateDeleteThenSnapshotThenUpToDate()
    {
        f.Grant(301, application: 3001);
        var app = f.App(3001);
        var id = await SubscribeAsync(app);

        var (changes, text) = await ReadAsync(await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since=1"));
        var (full, fullText) = await ReadAsync(await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since={changes.GetProperty("next").GetString()}"));
        var (done, _) = await ReadAsync(await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since={full.GetProperty("next").GetString()}"));
        var stored = await app.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{id}");

        Assert.Equal(2, changes.GetProperty("version").GetInt32());
        Assert.Equal("changes", changes.GetProperty("kind").GetString());
        var rows = changes.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["delete", "insert", "update"], rows.Select(r => r.GetProperty("op").GetString()!).Order(StringComparer.Ordinal));
        var update = rows.Single(r => r.GetProperty("op").GetString() == "update").GetProperty("values");
        Assert.Equal("137****0101", update.GetProperty("手机号码").GetString());
        Assert.Equal("王**", update.GetProperty("姓名").GetString());
        var delete = rows.Single(r => r.GetProperty("op").GetString() == "delete").GetProperty("values");
        Assert.Equal(["公民身份号码"], delete.EnumerateObject().Select(p => p.Name));
        Assert.Equal(SubscriptionFixture.Id(2)[..6] + "********" + SubscriptionFixture.Id(2)[^4..], delete.GetProperty("公民身份号码").GetString());
        Assert.DoesNotContain("备注", text, StringComparison.Ordinal);
        Assert.True(changes.GetProperty("more").GetBoolean());
        Assert.Equal("2", changes.GetProperty("next").GetString());
        Assert.Equal(3, full.GetProperty("version").GetInt32());
        Assert.Equal("snapshot", full.GetProperty("kind").GetString());
        Assert.Equal(6, full.GetProperty("rows").GetArrayLength());
        Assert.False(full.GetProperty("more").GetBoolean());
        Assert.False(done.TryGetProperty("version", out _));
        Assert.Equal("3", done.GetProperty("next").GetString());
        Assert.Equal("3", stored.GetProperty("cursor").GetString());
        AssertNoRaw("changes", text);
        AssertNoRaw("snapshot", fullText);
        AssertNoRaw("log", f.Logs.Text);
    }

    [Fact]
    public async Task Changes_FromStart_SnapshotOfCurrentVersionInPagesEachRowOnce()
    {
        f.Grant(302, application: 3002);
        var app = f.App(3002);
        var id = await SubscribeAsync(app);
        var ids = new List<string>();
        string? since = null;
        var pages = 0;

        while (pages++ < 10)
        {
            var (page, _) = await ReadAsync(await app.GetAsync($"/api/v1/subscriptions/{id}/changes?limit=4" + (since is null ? "" : "&since=" + Uri.EscapeDataString(since))));
            Assert.Equal("snapshot", page.GetProperty("kind").GetString());
            Assert.Equal(3, page.GetProperty("version").GetInt32());
            ids.AddRange(page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("values").GetProperty("公民身份号码").GetString()!));
            since = page.GetProperty("next").GetString();
            if (!page.GetProperty("more").GetBoolean())
            {
                break;
            }
        }

        Assert.Equal(2, pages);
        Assert.Equal(6, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("3", since);
    }

    [Fact]
    public async Task Changes_DailyQuota_PageCutToQuotaThen429()
    {
        f.Grant(303, application: 3003, quota: 2);
        var app = f.App(3003);
        var id = await SubscribeAsync(app);

        var (first, _) = await ReadAsync(await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since=1&limit=100"));
        var over = await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since={Uri.EscapeDataString(first.GetProperty("next").GetString()!)}");

        Assert.Equal(2, first.GetProperty("rows").GetArrayLength());
        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.StartsWith("2:c:", first.GetProperty("next").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
    }

    [Fact]
    public async Task Subscribe_NoGrantOrNotAnApplication_403AndPullAfterRevocation403()
    {
        var noGrant = await f.App(3004).PostAsJsonAsync($"/api/v1/resources/{f.Code}/subscriptions", new { mode = "pull" });
        var admin = await f.Admin().PostAsJsonAsync($"/api/v1/resources/{f.Code}/subscriptions", new { mode = "pull" });
        var grant = f.Grant(305, application: 3005);
        var app = f.App(3005);
        var id = await SubscribeAsync(app);
        f.Grants.Put(grant with { Status = Zhongyuan.Sharing.GrantStatus.Revoked });
        var revoked = await app.GetAsync($"/api/v1/subscriptions/{id}/changes");

        Assert.Equal(HttpStatusCode.Forbidden, noGrant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revoked.StatusCode);
        AssertNoRaw("refusal", await revoked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Subscription_OfAnotherApplication_404AndListShowsOwnOnly()
    {
        f.Grant(306, application: 3006);
        f.Grant(307, application: 3007);
        var id = await SubscribeAsync(f.App(3006));
        await SubscribeAsync(f.App(3007));

        var other = await f.App(3007).GetAsync($"/api/v1/subscriptions/{id}");
        var otherDelete = await f.App(3007).DeleteAsync($"/api/v1/subscriptions/{id}");
        var list = await f.App(3006).GetFromJsonAsync<JsonElement>("/api/v1/subscriptions");
        var deleted = await f.App(3006).DeleteAsync($"/api/v1/subscriptions/{id}");
        var gone = await f.App(3006).GetAsync($"/api/v1/subscriptions/{id}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDelete.StatusCode);
        Assert.Equal([id], list.EnumerateArray().Select(s => s.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("webhook", "http://example.com/hook", "url")]
    [InlineData("webhook", null, "url")]
    [InlineData("push", null, "mode")]
    public async Task Subscribe_InvalidModeOrUrl_400NamingField(string mode, string? url, string field)
    {
        f.Grant(308, application: 3008);

        var response = await f.App(3008).PostAsJsonAsync($"/api/v1/resources/{f.Code}/subscriptions?lang=en", new { mode, url });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, body.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Changes_BadOrFutureCursor_400()
    {
        f.Grant(309, application: 3009);
        var app = f.App(3009);
        var id = await SubscribeAsync(app);

        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync($"/api/v1/subscriptions/{id}/changes?since=99")).StatusCode);
    }
}
