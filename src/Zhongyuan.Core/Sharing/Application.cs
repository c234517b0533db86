namespace Zhongyuan.Sharing;

/// <summary>
/// An application (应用): a system of a department that calls the platform's API. Grants are made to applications, not
/// to persons; an application authenticates with its keys (<c>zya_…</c>).
/// </summary>
public sealed record Application
{
    /// <summary>Platform id.</summary>
    public required long Id { get; init; }

    /// <summary>The department that runs it.</summary>
    public required long DepartmentId { get; init; }

    /// <summary>The department's name.</summary>
    public string DepartmentName { get; init; } = "";

    /// <summary>The name, unique within the department, e.g. 社会救助审核系统.</summary>
    public required string Name { get; init; }

    /// <summary>What the system does.</summary>
    public string? Description { get; init; }

    /// <summary>Who to call about it (person, phone, mail).</summary>
    public string? Contact { get; init; }

    /// <summary>Whether its keys authenticate; a disabled application keeps its grants but cannot use them.</summary>
    public required bool Enabled { get; init; }

    /// <summary>Who registered it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was registered.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
