namespace Zhongyuan.Community;

/// <summary>Which data requests to list, newest first.</summary>
public sealed record DataRequestQuery
{
    /// <summary>Only this status.</summary>
    public DataRequestStatus? Status { get; init; }

    /// <summary>Only requests to this department.</summary>
    public long? DepartmentId { get; init; }

    /// <summary>Page size, 1 to 200.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Requests to skip.</summary>
    public int Offset { get; init; }
}
