namespace Zhongyuan.Sharing;

/// <summary>Which grants to list; every filter given must hold. Newest first.</summary>
public sealed record GrantQuery
{
    /// <summary>Only this application's grants.</summary>
    public long? ApplicationId { get; init; }

    /// <summary>Only grants on this resource.</summary>
    public string? ResourceCode { get; init; }

    /// <summary>Only grants where this department is consumer or provider.</summary>
    public long? DepartmentId { get; init; }

    /// <summary>Only grants in this state.</summary>
    public GrantStatus? Status { get; init; }

    /// <summary>Page size, 1–500.</summary>
    public int Limit { get; init; } = 100;

    /// <summary>Grants to skip.</summary>
    public int Offset { get; init; }
}
