using Zhongyuan.Ingest.Query;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>A page of one version delivered to a subscriber, read through the subscriber's grant.</summary>
/// <param name="Version">The dataset version.</param>
/// <param name="Kind">A change set (incremental load) or a snapshot (full load, or the first delivery).</param>
/// <param name="Columns">The granted items the version has, in version order, with the type of their (masked) values.</param>
/// <param name="Rows">The rows of this page.</param>
/// <param name="Next">The cursor after this page: acknowledging it means this page was received.</param>
/// <param name="Items">The item names delivered (for the audit trail).</param>
/// <param name="Hidden">The raw subject keys of the rows (公民身份号码, 统一社会信用代码), for the audit trail only; never sent.</param>
public sealed record ChangeSetPage(
    int Version,
    ChangeSetKind Kind,
    IReadOnlyList<ColumnMeta> Columns,
    IReadOnlyList<ChangeRow> Rows,
    SubscriptionCursor Next,
    IReadOnlyList<string> Items,
    IReadOnlyList<object?[]>? Hidden)
{
    /// <summary>Whether this page ends its version.</summary>
    public bool EndsVersion => !Next.InProgress;
}
