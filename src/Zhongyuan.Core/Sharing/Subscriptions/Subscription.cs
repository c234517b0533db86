namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>
/// A subscription (订阅, 库表交换): application <see cref="ApplicationId"/> follows the versions of resource
/// <see cref="ResourceCode"/>, through its grant, by pulling or by webhook. <see cref="Cursor"/> is what was delivered.
/// </summary>
public sealed record Subscription
{
    /// <summary>Platform id; 0 before it is stored.</summary>
    public long Id { get; init; }

    /// <summary>The subscribing application (应用).</summary>
    public required long ApplicationId { get; init; }

    /// <summary>The application's department, when known.</summary>
    public long? DepartmentId { get; init; }

    /// <summary>The resource.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>Pull or webhook.</summary>
    public required SubscriptionMode Mode { get; init; }

    /// <summary>The webhook URL (https, or http to a loopback host where allowed); null for pull.</summary>
    public string? Url { get; init; }

    /// <summary>The last delivered position; <see cref="SubscriptionCursor.Start"/> at first.</summary>
    public SubscriptionCursor Cursor { get; init; } = SubscriptionCursor.Start;

    /// <summary>Active or failing.</summary>
    public SubscriptionStatus Status { get; init; } = SubscriptionStatus.Active;

    /// <summary>Failed webhook attempts of the pending page since the last success.</summary>
    public int Attempts { get; init; }

    /// <summary>When the webhook worker may try next; null for at once (or never, when failing).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The last webhook error (no data values: a status code or a network error).</summary>
    public string? LastError { get; init; }

    /// <summary>Who created it (the caller's name).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (cursor, status).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
