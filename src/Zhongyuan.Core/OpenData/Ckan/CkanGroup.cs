namespace Zhongyuan.OpenData.Ckan;

/// <summary>A CKAN organization (a department) or group (an open-data theme).</summary>
public sealed record CkanGroup
{
    /// <summary>The id, equal to the name.</summary>
    public required string Id { get; init; }
    /// <summary>The URL-safe name.</summary>
    public required string Name { get; init; }
    /// <summary>The title users see.</summary>
    public required string Title { get; init; }
    /// <summary>The title again, as CKAN sends it.</summary>
    public required string DisplayName { get; init; }
    /// <summary><c>organization</c> or <c>group</c>.</summary>
    public required string Type { get; init; }
    /// <summary>A description (the English title of a theme, the region of a department).</summary>
    public string Description { get; init; } = "";
    /// <summary>No images: empty.</summary>
    public string ImageUrl { get; init; } = "";
    /// <summary>No images: empty.</summary>
    public string ImageDisplayUrl { get; init; } = "";
    /// <summary>When it was created; null when unknown.</summary>
    public string? Created { get; init; }
    /// <summary>Whether it is an organization.</summary>
    public bool IsOrganization { get; init; }
    /// <summary>Always <c>approved</c>.</summary>
    public string ApprovalStatus { get; init; } = "approved";
    /// <summary>Always <c>active</c>.</summary>
    public string State { get; init; } = "active";
    /// <summary>Visible packages in it, when asked for (<c>all_fields</c>, <c>organization_show</c>); null otherwise.</summary>
    public int? PackageCount { get; init; }
}
