using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Api;

/// <summary>A subscription as the API shows it (never its secret); <c>secret</c> only in the answer that created it.</summary>
internal sealed record SubscriptionBody(
    long Id,
    long Application,
    string Resource,
    SubscriptionMode Mode,
    string? Url,
    string Cursor,
    SubscriptionStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Secret = null)
{
    public static SubscriptionBody Of(Subscription s, string? secret = null) => new(s.Id, s.ApplicationId, s.ResourceCode, s.Mode, s.Url, s.Cursor.ToString(),
        s.Status, s.Attempts, s.NextAttemptAt, s.LastError, s.CreatedAt, s.UpdatedAt, secret);
}
