namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>One webhook attempt of a subscription, as recorded (never the body: it holds data).</summary>
/// <param name="Id">Platform id.</param>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="DeliveryId">The <c>X-ZY-Delivery</c> header: the same for every retry of one page.</param>
/// <param name="Version">The dataset version delivered.</param>
/// <param name="Kind">Changes or snapshot.</param>
/// <param name="Rows">Rows in the body.</param>
/// <param name="Attempt">1 for the first try of the page, 2 for the first retry, …</param>
/// <param name="Status">Delivered, failed or deferred.</param>
/// <param name="HttpStatus">The receiver's status code; null when there was no answer.</param>
/// <param name="Error">Why it failed; null when delivered.</param>
/// <param name="AttemptedAt">When.</param>
/// <param name="NextAttemptAt">When the next attempt is due; null after success or the last attempt.</param>
public sealed record SubscriptionDelivery(
    long Id,
    long SubscriptionId,
    string DeliveryId,
    int Version,
    ChangeSetKind Kind,
    long Rows,
    int Attempt,
    DeliveryStatus Status,
    int? HttpStatus,
    string? Error,
    DateTimeOffset AttemptedAt,
    DateTimeOffset? NextAttemptAt);
