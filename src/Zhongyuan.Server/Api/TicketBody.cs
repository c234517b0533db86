using System.Text.Json;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Api;

/// <summary>A correction ticket as the API shows it.</summary>
/// <param name="Id">The ticket id.</param>
/// <param name="ResourceCode">The resource.</param>
/// <param name="ResourceName">Its name.</param>
/// <param name="SeenVersion">The data version the reporter saw.</param>
/// <param name="RowId">The row of that version.</param>
/// <param name="RecordKey">The record's key values.</param>
/// <param name="Item">The item (field); null for the whole record.</param>
/// <param name="Reason">Why the data is wrong.</param>
/// <param name="ProposedValue">The value proposed.</param>
/// <param name="Reporter">Who filed it.</param>
/// <param name="ProviderId">The department that answers it.</param>
/// <param name="ProviderName">Its name.</param>
/// <param name="Status">open, accepted or rejected.</param>
/// <param name="StatusLabel">The status in the caller's language.</param>
/// <param name="Deadline">When the answer is due, in China time (23:59:59+08:00 of the last working day).</param>
/// <param name="Overdue">Open and past the deadline now.</param>
/// <param name="FixedInVersion">On accept: the data version with the fix.</param>
/// <param name="RejectionReason">On reject: why.</param>
/// <param name="CreatedAt">When it was filed (UTC).</param>
/// <param name="ClosedAt">When it was accepted or rejected (UTC).</param>
public sealed record TicketBody(
    long Id, string ResourceCode, string ResourceName, int? SeenVersion, long? RowId, JsonElement? RecordKey, string? Item, string Reason,
    string? ProposedValue, TicketReporter Reporter, long ProviderId, string ProviderName, TicketStatus Status, string StatusLabel,
    DateTimeOffset Deadline, bool Overdue, int? FixedInVersion, string? RejectionReason, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt)
{
    internal static TicketBody From(Ticket t, DateTimeOffset now, bool english) => new(
        t.Id, t.ResourceCode, t.ResourceName, t.SeenVersion, t.RowId, t.RecordKey, t.Item, t.Reason, t.ProposedValue, t.Reporter,
        t.ProviderId, t.ProviderName, t.Status, Labels.Of(t.Status).In(english), t.Deadline.ToOffset(WorkingCalendar.ChinaOffset),
        t.IsOverdue(now), t.FixedInVersion, t.RejectionReason, t.CreatedAt, t.ClosedAt);
}
