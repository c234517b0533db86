using System.Security.Cryptography;
using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Sharing.Subscriptions;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Sharing;

public sealed class SubscriptionStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);

    private static async Task<(Zhongyuan.Storage.Database Db, SubscriptionStore Store)> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "subs");
        var keys = new KeyRing(db, MasterKey.FromBytes(RandomNumberGenerator.GetBytes(32)), TimeProvider.System);
        await keys.LoadAsync();
        return (db, new SubscriptionStore(db, keys));
    }

    private static Subscription Webhook(long application) => new()
    {
        ApplicationId = application, DepartmentId = 5, ResourceCode = "R1", Mode = SubscriptionMode.Webhook, Url = "https://app.example/hook",
        CreatedBy = "app-1", CreatedAt = At, UpdatedAt = At,
    };

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CreateAsync_Webhook_RoundTripsWithSecretSealedAtRest(string engine)
    {
        var (db, store) = await CreateAsync(engine);
        await using var _ = db;

        var created = await store.CreateAsync(Webhook(7), "zyws_top-secret");
        await store.CreateAsync(Webhook(8) with { Mode = SubscriptionMode.Pull, Url = null }, null);
        var found = await store.FindAsync(created.Id);

        Assert.Equal(created with { }, found);
        Assert.Equal(SubscriptionCursor.Start, found!.Cursor);
        Assert.Equal("zyws_top-secret", await store.SecretAsync(created.Id));
        Assert.Single(await store.OfApplicationAsync(7));
        Assert.Single(await store.ActiveWebhooksAsync());
        await using var c = await db.OpenAsync();
        var raw = await c.QuerySingleAsync<string>("SELECT secret FROM subscriptions WHERE secret IS NOT NULL");
        Assert.StartsWith(KeyRing.TextPrefix, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret", raw, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task AcknowledgeAsync_ForwardThenBackward_OnlyMovesForward(string engine)
    {
        var (db, store) = await CreateAsync(engine);
        await using var _ = db;
        var s = await store.CreateAsync(Webhook(7) with { Mode = SubscriptionMode.Pull, Url = null }, null);

        var inVersion = await store.AcknowledgeAsync(s.Id, new SubscriptionCursor(2, ChangeSetKind.Changes, "tok"), At);
        var complete = await store.AcknowledgeAsync(s.Id, new SubscriptionCursor(2), At);
        var back = await store.AcknowledgeAsync(s.Id, new SubscriptionCursor(1), At);

        Assert.Equal(new SubscriptionCursor(2, ChangeSetKind.Changes, "tok"), inVersion);
        Assert.Equal(new SubscriptionCursor(2), complete);
        Assert.Equal(new SubscriptionCursor(2), back);
        Assert.Equal(new SubscriptionCursor(2), (await store.FindAsync(s.Id))!.Cursor);
        Assert.Null(await store.AcknowledgeAsync(s.Id + 100, new SubscriptionCursor(1), At));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task SaveStateAsync_FailingWithDeliveries_ListedNewestFirstAndDeletedWithSubscription(string engine)
    {
        var (db, store) = await CreateAsync(engine);
        await using var _ = db;
        var s = await store.CreateAsync(Webhook(7), "k");
        await store.AddDeliveryAsync(new SubscriptionDelivery(0, s.Id, "d1", 1, ChangeSetKind.Snapshot, 20, 1, DeliveryStatus.Failed, 500, "HTTP 500", At, At.AddSeconds(1)));
        await store.AddDeliveryAsync(new SubscriptionDelivery(0, s.Id, "d1", 1, ChangeSetKind.Snapshot, 20, 2, DeliveryStatus.Delivered, 200, null, At.AddSeconds(1), null));

        await store.SaveStateAsync(s with { Status = SubscriptionStatus.Failing, Attempts = 8, LastError = "HTTP 503", Cursor = new SubscriptionCursor(1), UpdatedAt = At.AddMinutes(1) });
        var found = await store.FindAsync(s.Id);
        var deliveries = await store.DeliveriesAsync(s.Id);

        Assert.Equal(SubscriptionStatus.Failing, found!.Status);
        Assert.Equal(8, found.Attempts);
        Assert.Equal("HTTP 503", found.LastError);
        Assert.Empty(await store.ActiveWebhooksAsync());
        Assert.Equal([2, 1], deliveries.Select(d => d.Attempt));
        Assert.Equal(DeliveryStatus.Delivered, deliveries[0].Status);
        Assert.Equal(At.AddSeconds(1), deliveries[1].NextAttemptAt);
        Assert.True(await store.DeleteAsync(s.Id));
        Assert.Empty(await store.DeliveriesAsync(s.Id));
        Assert.Null(await store.FindAsync(s.Id));
    }
}
