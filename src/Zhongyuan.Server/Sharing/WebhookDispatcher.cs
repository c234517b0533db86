using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Crypto;
using Zhongyuan.Server.Api;
using Zhongyuan.Sharing;
using Zhongyuan.Sharing.Masking;
using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Sharing;

/// <summary>
/// Delivers pending pages of webhook subscriptions: for each active one whose next attempt is due, reads the next page
/// through the grant (<see cref="ChangeFeed"/>), POSTs it signed (<see cref="WebhookSignature"/>), and records the
/// attempt. A failure is retried after <see cref="WebhookBackoff"/>; after <see cref="SubscriptionOptions.MaxAttempts"/>
/// the subscription is failing until a redelivery is asked for. Times come from <see cref="TimeProvider"/>.
/// </summary>
internal sealed partial class WebhookDispatcher(
    SubscriptionStore subscriptions, ChangeFeed feed, ResourceStore resources, IServiceProvider services, KeyRing keys,
    SubscriptionAudit audit, IHttpClientFactory http, IOptions<SubscriptionOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger)
{
    /// <summary>The named HTTP client (no redirects, no cookies).</summary>
    public const string ClientName = "zhongyuan-webhooks";

    /// <summary>Most pages sent to one subscription per run, so one busy subscriber cannot hold up the others.</summary>
    private const int PagesPerRun = 20;

    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>Asks the worker to run now rather than at its next poll (after a redelivery request).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>Waits for <paramref name="interval"/> or a <see cref="Wake"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, CancellationToken ct) => await _wake.WaitAsync(interval, ct);

    /// <summary>Runs every due delivery once; returns the number of attempts made.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var attempts = 0;
        foreach (var subscription in await subscriptions.ActiveWebhooksAsync(ct))
        {
            var current = subscription;
            for (var page = 0; page < PagesPerRun && current is { Status: SubscriptionStatus.Active } && IsDue(current); page++)
            {
                var (next, attempted) = await DeliverNextAsync(current, ct);
                attempts += attempted ? 1 : 0;
                if (!attempted)
                {
                    break;
                }
                current = next;
            }
        }
        return attempts;
    }

    private bool IsDue(Subscription s) => s.NextAttemptAt is not { } at || at <= time.GetUtcNow();

    /// <summary>One attempt at the subscription's next page; the state after it and whether anything was attempted.</summary>
    private async Task<(Subscription State, bool Attempted)> DeliverNextAsync(Subscription subscription, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lookup = services.GetService<IGrantLookup>();
        var grant = lookup is null ? null : await lookup.InForceAsync(subscription.ApplicationId, subscription.ResourceCode, now, ct);
        if (await resources.FindAsync(subscription.ResourceCode, ct) is not { } resource)
        {
            return (subscription, false);
        }
        if (grant is null || !grant.IsInForce(now) || grant.ApplicationId != subscription.ApplicationId)
        {
            return (await FailedAsync(subscription, null, null, null, "no grant in force", ct), true);
        }
        var remaining = await audit.RemainingAsync(grant, ct);
        if (remaining == 0)
        {
            return (await DeferredAsync(subscription, grant, ct), true);
        }
        var limit = (int)Math.Min(options.Value.RowsPerDelivery, remaining ?? long.MaxValue);
        var key = Pseudonyms.GrantKey(await keys.PlatformKeyAsync(Pseudonyms.PlatformKeyName, ct), grant.Id);
        var page = await feed.ReadAsync(resource, grant, key, subscription.Cursor, limit, ct);
        if (page is null)
        {
            return (subscription, false);
        }
        var more = !page.EndsVersion || await feed.HasAfterAsync(subscription.ResourceCode, page.Version, ct);
        var body = JsonSerializer.SerializeToUtf8Bytes(SubscriptionChangesBody.Of(subscription, page, more), CatalogJson.Options);
        var (status, error) = await PostAsync(subscription, DeliveryId(subscription), body, ct);
        return error is null
            ? (await DeliveredAsync(subscription, grant, page, status, ct), true)
            : (await FailedAsync(subscription, grant, page, status, error, ct), true);
    }

    /// <summary>The delivery id of the subscription's pending page: derived from the subscription and its cursor, so a retry carries the same id.</summary>
    private static string DeliveryId(Subscription s) =>
        Convert.ToHexStringLower(Sm3.Hash(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{s.Id}|{s.Cursor}"))))[..32];

    private async Task<(int? Status, string? Error)> PostAsync(Subscription subscription, string deliveryId, byte[] body, CancellationToken ct)
    {
        var secret = await subscriptions.SecretAsync(subscription.Id, ct) ?? "";
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
        request.Headers.Add(WebhookSignature.TimestampHeader, time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.RequestTimeout);
        try
        {
            using var response = await http.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (code, null) : (code, string.Create(CultureInfo.InvariantCulture, $"HTTP {code}"));
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            // The message of a network error names the host, never the body: safe to record.
            return (null, e is OperationCanceledException ? "timeout" : "network error: " + e.Message);
        }
    }

    private async Task<Subscription> DeliveredAsync(Subscription s, Grant grant, ChangeSetPage page, int? status, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await subscriptions.AddDeliveryAsync(Attempt(s, page.Version, page.Kind, page.Rows.Count, s.Attempts + 1, DeliveryStatus.Delivered, status, null, null), ct);
        var next = s with { Cursor = page.Next, Attempts = 0, NextAttemptAt = null, LastError = null, Status = SubscriptionStatus.Active, UpdatedAt = now };
        await subscriptions.SaveStateAsync(next, ct);
        await audit.DeliveredAsync(SubscriptionAudit.Worker(s), s, grant, page);
        return next;
    }

    private async Task<Subscription> FailedAsync(Subscription s, Grant? grant, ChangeSetPage? page, int? status, string error, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var failures = s.Attempts + 1;
        var giveUp = failures >= Math.Max(1, options.Value.MaxAttempts);
        DateTimeOffset? retry = giveUp ? null : now + WebhookBackoff.After(failures, options.Value.FirstRetryDelay, options.Value.MaxRetryDelay);
        await subscriptions.AddDeliveryAsync(Attempt(s, page?.Version ?? s.Cursor.Version, page?.Kind ?? ChangeSetKind.Changes, page?.Rows.Count ?? 0,
            failures, DeliveryStatus.Failed, status, error, retry), ct);
        var next = s with
        {
            Attempts = failures, NextAttemptAt = retry, LastError = error, UpdatedAt = now,
            Status = giveUp ? SubscriptionStatus.Failing : SubscriptionStatus.Active,
        };
        await subscriptions.SaveStateAsync(next, ct);
        audit.Record(SubscriptionAudit.Worker(s), s, grant, grant is null ? AuditOutcome.Denied : AuditOutcome.Error, error);
        LogFailed(s.Id, failures, error, giveUp);
        return next;
    }

    private async Task<Subscription> DeferredAsync(Subscription s, Grant grant, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var at = Zhongyuan.Sharing.Access.ChinaDay.NextMidnight(now);
        await subscriptions.AddDeliveryAsync(Attempt(s, s.Cursor.Version, ChangeSetKind.Changes, 0, s.Attempts, DeliveryStatus.Deferred, null, "daily quota used up", at), ct);
        var next = s with { NextAttemptAt = at, LastError = "daily quota used up", UpdatedAt = now };
        await subscriptions.SaveStateAsync(next, ct);
        audit.Record(SubscriptionAudit.Worker(s), s, grant, AuditOutcome.Denied, "daily quota used up");
        return next;
    }

    private SubscriptionDelivery Attempt(Subscription s, int version, ChangeSetKind kind, long rows, int attempt, DeliveryStatus status, int? http, string? error, DateTimeOffset? next) =>
        new(0, s.Id, DeliveryId(s), version, kind, rows, attempt, status, http, error, time.GetUtcNow(), next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery of subscription {Subscription} failed (attempt {Attempt}): {Error}; giving up: {GiveUp}")]
    private partial void LogFailed(long subscription, int attempt, string error, bool giveUp);
}
