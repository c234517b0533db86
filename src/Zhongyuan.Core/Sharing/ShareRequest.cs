using Zhongyuan.Catalog;

namespace Zhongyuan.Sharing;

/// <summary>
/// A share request (共享申请): a department asks, on behalf of one of its applications, to use a resource of another
/// department: which items, which rows, for what purpose, on what legal basis, for how long.
/// </summary>
public sealed record ShareRequest
{
    /// <summary>Platform id.</summary>
    public required long Id { get; init; }

    /// <summary>The resource asked for.</summary>
    public required string ResourceCode { get; init; }

    /// <summary>Its name.</summary>
    public string ResourceName { get; init; } = "";

    /// <summary>The resource's share type when asked: 无条件共享 requests are granted at once.</summary>
    public required ShareType ShareType { get; init; }

    /// <summary>The consumer application.</summary>
    public required long ApplicationId { get; init; }

    /// <summary>Its name.</summary>
    public string ApplicationName { get; init; } = "";

    /// <summary>The consumer department (the application's).</summary>
    public required long ConsumerDepartmentId { get; init; }

    /// <summary>The providing department (the resource's), whose stewards answer.</summary>
    public required long ProviderId { get; init; }

    /// <summary>The user who filed it.</summary>
    public required long RequesterId { get; init; }

    /// <summary>Their sign-in name.</summary>
    public required string RequesterName { get; init; }

    /// <summary>用途: what the data is for; the consumer may use it for nothing else.</summary>
    public required string Purpose { get; init; }

    /// <summary>The legal or policy basis of the need (依据), required for 有条件共享.</summary>
    public string? LegalBasis { get; init; }

    /// <summary>The items asked for.</summary>
    public required IReadOnlyList<string> Items { get; init; }

    /// <summary>The row scope in the rows API filter syntax; null for all rows.</summary>
    public string? RowFilter { get; init; }

    /// <summary>The period asked for: from.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>The period asked for: until.</summary>
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Expected volume in the consumer's words (e.g. 每日约 2000 次查询).</summary>
    public string? ExpectedVolume { get; init; }

    /// <summary>Marked complex: the provider has 10 working days rather than 5.</summary>
    public bool Complex { get; init; }

    /// <summary>Pending, approved or refused.</summary>
    public required ShareRequestStatus Status { get; init; }

    /// <summary>The answer is due by this instant (end of a China working day); null when granted at once.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>When it was filed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who answered (username, or <c>system</c>).</summary>
    public string? DecidedBy { get; init; }

    /// <summary>When.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Why it was refused.</summary>
    public string? RefusalReason { get; init; }

    /// <summary>The grant that answers it.</summary>
    public long? GrantId { get; init; }

    /// <summary>Whether it is still pending past its deadline at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == ShareRequestStatus.Pending && Deadline < now;
}
