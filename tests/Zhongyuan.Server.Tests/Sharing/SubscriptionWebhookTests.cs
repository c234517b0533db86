using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Zhongyuan.Crypto;

namespace Zhongyuan.Tests.Sharing;

/// <summary>Webhook delivery to a real local receiver that fails, then recovers: retries, back-off on the fake clock, failing state, redelivery, signatures.</summary>
public sealed class SubscriptionWebhookTests(SubscriptionFixture f) : IClassFixture<SubscriptionFixture>
{
    /// <summary>Polls <paramref name="condition"/> with a deadline, moving the fake clock on so that back-off waits end.</summary>
    private async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (!await condition())
        {
            Assert.True(TimeProvider.System.GetUtcNow() < deadline, "timed out waiting for " + what);
            f.Time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(20);
        }
    }

    private void AssertNoRaw(string where, string text)
    {
        foreach (var raw in f.RawMasked)
        {
            Assert.False(text.Contains(raw, StringComparison.Ordinal), $"{where} contains the raw value {raw}");
        }
    }

    [Fact]
    public async Task Webhook_ReceiverFailsThenRecovers_FailingAfterMaxAttemptsThenDeliveredOnceSigned()
    {
        using var receiver = new SubscriptionWebhookReceiver(failFirst: SubscriptionFixture.MaxAttempts + 1);
        f.Grant(401, application: 4001);
        var app = f.App(4001);
        var created = await app.PostAsJsonAsync($"/api/v1/resources/{f.Code}/subscriptions", new { mode = "webhook", url = receiver.Url });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var subscription = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = subscription.GetProperty("id").GetInt64();
        var secret = subscription.GetProperty("secret").GetString()!;

        await UntilAsync(async () => (await app.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{id}")).GetProperty("status").GetString() == "failing", "failing");
        var failing = await app.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{id}/deliveries");
        var redeliver = await app.PostAsync($"/api/v1/subscriptions/{id}/redeliver", null);
        await UntilAsync(async () => (await app.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{id}")).GetProperty("cursor").GetString() == "3", "delivery");
        var deliveries = await app.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{id}/deliveries");
        var shown = await app.GetStringAsync($"/api/v1/subscriptions/{id}");

        Assert.Equal(SubscriptionFixture.MaxAttempts, failing.GetArrayLength());
        Assert.All(failing.EnumerateArray(), d => Assert.Equal("failed", d.GetProperty("status").GetString()));
        Assert.False(failing[0].TryGetProperty("nextAttemptAt", out _));
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        var requests = receiver.Requests.ToList();
        Assert.Equal(SubscriptionFixture.MaxAttempts + 2, requests.Count);
        Assert.Single(requests, r => r.Status == 200);
        Assert.Single(requests.Select(r => r.Headers["X-ZY-Delivery"]).Distinct(StringComparer.Ordinal));
        var delivered = requests.Single(r => r.Status == 200);
        Assert.Equal("sm3=" + Convert.ToHexStringLower(Sm3.Hmac(Encoding.UTF8.GetBytes(secret), delivered.Body)), delivered.Headers["X-ZY-Signature"]);
        Assert.True(long.Parse(delivered.Headers["X-ZY-Timestamp"], System.Globalization.CultureInfo.InvariantCulture) > 0);
        var body = JsonDocument.Parse(delivered.Body).RootElement;
        Assert.Equal("snapshot", body.GetProperty("kind").GetString());
        Assert.Equal(3, body.GetProperty("version").GetInt32());
        Assert.Equal(6, body.GetProperty("rows").GetArrayLength());
        Assert.Equal(["delivered", "failed", "failed", "failed", "failed"], deliveries.EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        Assert.Equal("active", JsonDocument.Parse(shown).RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain(secret, shown, StringComparison.Ordinal);
        foreach (var r in requests)
        {
            AssertNoRaw("webhook body", Encoding.UTF8.GetString(r.Body));
        }
        AssertNoRaw("deliveries", deliveries.GetRawText());
        AssertNoRaw("log", f.Logs.Text);
    }

    [Fact]
    public async Task Redeliver_SinceIncrementalVersion_ChangeSetThenSnapshotPushedMasked()
    {
        using var receiver = new SubscriptionWebhookReceiver(failFirst: 0);
        f.Grant(402, application: 4002);
        var app = f.App(4002);
        var created = await app.PostAsJsonAsync($"/api/v1/resources/{f.Code}/subscriptions", new { mode = "webhook", url = receiver.Url });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await UntilAsync(() => Task.FromResult(!receiver.Requests.IsEmpty), "first delivery");

        var replay = await app.PostAsync($"/api/v1/subscriptions/{id}/redeliver?since=1", null);
        await UntilAsync(() => Task.FromResult(receiver.Requests.Count >= 3), "replay");

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        var bodies = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(["snapshot", "changes", "snapshot"], bodies.Select(b => b.GetProperty("kind").GetString()));
        Assert.Equal([3, 2, 3], bodies.Select(b => b.GetProperty("version").GetInt32()));
        Assert.Equal(["delete", "insert", "update"], bodies[1].GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("op").GetString()!).Order(StringComparer.Ordinal));
        Assert.True(bodies[1].GetProperty("more").GetBoolean());
        Assert.False(bodies[2].GetProperty("more").GetBoolean());
        foreach (var r in receiver.Requests)
        {
            AssertNoRaw("webhook body", Encoding.UTF8.GetString(r.Body));
        }
    }
}
