using Zhongyuan.Audit;
using Zhongyuan.Sharing;
using Zhongyuan.Sharing.Access;
using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Sharing;

/// <summary>
/// Counts delivered rows against the grant's daily quota and audits subscription deliveries, for the pull endpoint
/// (with the caller's request details) and the webhook worker (no request: the application and the URL's host).
/// </summary>
internal sealed class SubscriptionAudit(GrantUsageStore usage, AuditLog audit, TimeProvider time)
{
    /// <summary>Rows the grant may still deliver today; null for no limit.</summary>
    public async Task<long?> RemainingAsync(Grant grant, CancellationToken ct)
    {
        if (grant.DailyQuota is not { } quota)
        {
            return null;
        }
        return Math.Max(0, quota - await usage.RowsAsync(grant.Id, ChinaDay.Of(time.GetUtcNow()), ct));
    }

    /// <summary>Rows used today under the grant.</summary>
    public Task<long> UsedAsync(Grant grant, CancellationToken ct) => usage.RowsAsync(grant.Id, ChinaDay.Of(time.GetUtcNow()), ct);

    /// <summary>Counts the page against the quota and appends its audit event, with the keyed subject keys of its rows.</summary>
    public async Task DeliveredAsync(AuditEvent who, Subscription subscription, Grant grant, ChangeSetPage page)
    {
        var now = time.GetUtcNow();
        await usage.AddAsync(grant.Id, ChinaDay.Of(now), page.Rows.Count, now, CancellationToken.None);
        audit.Append(Event(who, subscription, grant, AuditOutcome.Ok, $"{Mode(subscription)} v{page.Version} {page.Kind.ToString().ToLowerInvariant()}") with
        {
            Items = page.Items, RowCount = page.Rows.Count, SubjectKeys = Subjects(page.Hidden),
        });
    }

    /// <summary>Appends the event of a refused or failed delivery.</summary>
    public void Record(AuditEvent who, Subscription subscription, Grant? grant, AuditOutcome outcome, string reason) =>
        audit.Append(Event(who, subscription, grant, outcome, $"{Mode(subscription)}: {reason}"));

    /// <summary>The "who" of a webhook delivery: the subscribing application.</summary>
    public static AuditEvent Worker(Subscription subscription) => new()
    {
        Action = AuditActions.SubscriptionDeliver, ApplicationId = subscription.ApplicationId, DepartmentId = subscription.DepartmentId,
        Username = "webhook",
    };

    private static string Mode(Subscription s) => s.Mode == SubscriptionMode.Pull ? "pull" : "webhook";

    private static AuditEvent Event(AuditEvent who, Subscription subscription, Grant? grant, AuditOutcome outcome, string detail) => who with
    {
        Action = AuditActions.SubscriptionDeliver, Result = outcome, Detail = $"subscription {subscription.Id} {detail}",
        ResourceCode = subscription.ResourceCode, GrantId = grant?.Id, Purpose = grant?.Purpose, Filter = grant?.RowFilter is { } f ? "grant: " + f : null,
    };

    private static List<string>? Subjects(IReadOnlyList<object?[]>? hidden) =>
        hidden is null ? null : [.. hidden.SelectMany(r => r).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(GrantAccess.MaxSubjectKeys)];
}
