namespace Zhongyuan.Community;

/// <summary>Which showcase entries to list, newest first.</summary>
public sealed record ShowcaseQuery
{
    /// <summary>Only this status; null: any.</summary>
    public ModerationStatus? Status { get; init; }

    /// <summary>Only entries using this resource.</summary>
    public string? ResourceCode { get; init; }

    /// <summary>Only this user's submissions.</summary>
    public long? SubmitterId { get; init; }

    /// <summary>Page size, 1 to 200.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Entries to skip.</summary>
    public int Offset { get; init; }
}
