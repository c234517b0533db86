namespace Zhongyuan.Governance.Tickets;

/// <summary>Which tickets to list; every filter given must hold. Newest first.</summary>
public sealed record TicketQuery
{
    /// <summary>Only this resource's tickets.</summary>
    public string? ResourceCode { get; init; }

    /// <summary>Only tickets this department answers.</summary>
    public long? ProviderId { get; init; }

    /// <summary>Only tickets this user filed.</summary>
    public long? ReporterId { get; init; }

    /// <summary>Only tickets in this state.</summary>
    public TicketStatus? Status { get; init; }

    /// <summary>Only open tickets past their deadline.</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Page size, 1–500.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Tickets to skip.</summary>
    public int Offset { get; init; }
}
