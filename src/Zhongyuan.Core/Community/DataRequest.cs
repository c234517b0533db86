namespace Zhongyuan.Community;

/// <summary>
/// A data request (数据需求): someone asks for data that is not open, optionally naming the department that holds it;
/// the department's data steward (or an administrator) answers. Requests and answers are public.
/// </summary>
public sealed record DataRequest
{
    /// <summary>The request's id (0 before it is stored).</summary>
    public required long Id { get; init; }

    /// <summary>What data is wanted, at most 100 characters.</summary>
    public required string Title { get; init; }

    /// <summary>The details, at most 2000 characters.</summary>
    public required string Description { get; init; }

    /// <summary>The department asked, if the requester named one.</summary>
    public long? DepartmentId { get; init; }

    /// <summary>That department's name.</summary>
    public string? DepartmentName { get; init; }

    /// <summary>What the data would be used for, at most 500 characters.</summary>
    public required string Purpose { get; init; }

    /// <summary>Who asked.</summary>
    public required long RequesterId { get; init; }

    /// <summary>The requester's sign-in name.</summary>
    public required string RequesterName { get; init; }

    /// <summary>Open until answered.</summary>
    public required DataRequestStatus Status { get; init; }

    /// <summary>The answer (for a refusal, the reason).</summary>
    public string? Answer { get; init; }

    /// <summary>Who answered.</summary>
    public long? AnsweredById { get; init; }

    /// <summary>The answerer's sign-in name.</summary>
    public string? AnsweredByName { get; init; }

    /// <summary>When it was answered.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>When it was asked.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Hours from asking to answering, rounded to 0.01; null while open.</summary>
    public double? HandlingHours => AnsweredAt is { } at ? Math.Round((at - CreatedAt).TotalHours, 2, MidpointRounding.AwayFromZero) : null;
}
