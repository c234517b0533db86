using Zhongyuan.Ingest.Query;
using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Api;

/// <summary>
/// A page of a subscription's stream, as pulled and as POSTed to a webhook: <c>version</c> and <c>kind</c>
/// (<c>changes</c>: apply the rows' <c>op</c>; <c>snapshot</c>: replace your copy, starting on the page without a page token),
/// the rows, <c>next</c> (the cursor to send as <c>since</c>, which acknowledges this page) and <c>more</c> (whether
/// another page or version waits). <c>version</c> and <c>kind</c> are absent when the subscriber is up to date.
/// </summary>
internal sealed record SubscriptionChangesBody(
    long Subscription,
    string Resource,
    int? Version,
    ChangeSetKind? Kind,
    IReadOnlyList<ColumnMeta> Columns,
    IReadOnlyList<ChangeRow> Rows,
    string Next,
    bool More)
{
    public static SubscriptionChangesBody Of(Subscription subscription, ChangeSetPage page, bool more) =>
        new(subscription.Id, subscription.ResourceCode, page.Version, page.Kind, page.Columns, page.Rows, page.Next.ToString(), more);

    public static SubscriptionChangesBody UpToDate(Subscription subscription, SubscriptionCursor cursor) =>
        new(subscription.Id, subscription.ResourceCode, null, null, [], [], cursor.ToString(), false);
}
