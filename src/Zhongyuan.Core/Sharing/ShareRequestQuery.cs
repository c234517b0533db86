namespace Zhongyuan.Sharing;

/// <summary>Which share requests to list; every filter given must hold. Newest first.</summary>
public sealed record ShareRequestQuery
{
    /// <summary>Only requests filed by this department.</summary>
    public long? ConsumerDepartmentId { get; init; }

    /// <summary>Only requests answered by this department.</summary>
    public long? ProviderId { get; init; }

    /// <summary>Only requests for applications owned by this user (a registered developer's, see <c>Zhongyuan.Developers</c>).</summary>
    public long? OwnerUserId { get; init; }

    /// <summary>Only requests in this state.</summary>
    public ShareRequestStatus? Status { get; init; }

    /// <summary>Only pending requests past their deadline.</summary>
    public bool OverdueOnly { get; init; }

    /// <summary>Page size, 1–500.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Requests to skip.</summary>
    public int Offset { get; init; }
}
