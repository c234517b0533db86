using System.Text.Json;

namespace Zhongyuan.Governance.Tickets;

/// <summary>
/// A correction ticket (数据纠错): a consumer says a record or a field of a resource's data is wrong; the providing
/// department accepts it (naming the data version with the fix) or rejects it (with a reason) before the deadline.
/// </summary>
public sealed record Ticket
{
    /// <summary>Platform id.</summary>
    public required long Id { get; init; }

    /// <summary>The resource's code.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>The resource's name.</summary>
    public required string ResourceName { get; init; }

    /// <summary>The data version the reporter saw, if given (the current one when only a row id was given).</summary>
    public int? SeenVersion { get; init; }

    /// <summary>The row (<c>_zy_row</c>, 1-based) of <see cref="SeenVersion"/> the ticket concerns.</summary>
    public long? RowId { get; init; }

    /// <summary>The record's key item values as a JSON object, e.g. <c>{"公民身份号码":"410105…"}</c>; stable across versions.</summary>
    public JsonElement? RecordKey { get; init; }

    /// <summary>The information item (field) concerned; null when the whole record is flagged.</summary>
    public string? Item { get; init; }

    /// <summary>Why the data is wrong (at most 500 characters).</summary>
    public required string Reason { get; init; }

    /// <summary>The value the reporter believes is right.</summary>
    public string? ProposedValue { get; init; }

    /// <summary>Who filed it.</summary>
    public required TicketReporter Reporter { get; init; }

    /// <summary>The providing department, which answers the ticket.</summary>
    public required long ProviderId { get; init; }

    /// <summary>The providing department's name.</summary>
    public required string ProviderName { get; init; }

    /// <summary>The state.</summary>
    public required TicketStatus Status { get; init; }

    /// <summary>When the answer is due: the end of the Nth working day in China time (as UTC).</summary>
    public required DateTimeOffset Deadline { get; init; }

    /// <summary>On accept: the data version in which the fix is (or will be) visible.</summary>
    public int? FixedInVersion { get; init; }

    /// <summary>On reject: the provider's reason.</summary>
    public string? RejectionReason { get; init; }

    /// <summary>When it was filed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was accepted or rejected; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Whether it is open and <paramref name="now"/> is past the deadline.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == TicketStatus.Open && now > Deadline;
}
