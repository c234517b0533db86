namespace Zhongyuan.OpenData.Ckan;

/// <summary>A CKAN package (dataset) dictionary as <c>package_show</c> returns it; names become snake_case in JSON (<see cref="CkanJson"/>).</summary>
public sealed record CkanPackage
{
    /// <summary>The provider's name (CKAN's free-text author).</summary>
    public string? Author { get; init; }
    /// <summary>Not kept; always null.</summary>
    public string? AuthorEmail { get; init; }
    /// <summary>Not kept; always null.</summary>
    public string? CreatorUserId { get; init; }
    /// <summary>The package id: the resource code.</summary>
    public required string Id { get; init; }
    /// <summary>Whether anyone may use it without conditions (无条件开放).</summary>
    public bool Isopen { get; init; }
    /// <summary>No licence is recorded in the catalog: <c>notspecified</c>.</summary>
    public string LicenseId { get; init; } = "notspecified";
    /// <summary>The licence title.</summary>
    public string LicenseTitle { get; init; } = "License not specified";
    /// <summary>The provider's name.</summary>
    public string? Maintainer { get; init; }
    /// <summary>Not kept; always null.</summary>
    public string? MaintainerEmail { get; init; }
    /// <summary>When the entry was created, UTC, CKAN's format.</summary>
    public required string MetadataCreated { get; init; }
    /// <summary>When the entry last changed, UTC, CKAN's format.</summary>
    public required string MetadataModified { get; init; }
    /// <summary>The package name: a URL-safe slug of the code.</summary>
    public required string Name { get; init; }
    /// <summary>信息资源摘要.</summary>
    public string? Notes { get; init; }
    /// <summary>Number of resources (distributions).</summary>
    public int NumResources { get; init; }
    /// <summary>Number of tags.</summary>
    public int NumTags { get; init; }
    /// <summary>The providing department.</summary>
    public required CkanGroup Organization { get; init; }
    /// <summary>The organization's id.</summary>
    public required string OwnerOrg { get; init; }
    /// <summary>Whether only authorised callers see it (not open to the public).</summary>
    public bool Private { get; init; }
    /// <summary>Always <c>active</c>: only published entries appear.</summary>
    public string State { get; init; } = "active";
    /// <summary>信息资源名称.</summary>
    public required string Title { get; init; }
    /// <summary>Always <c>dataset</c>.</summary>
    public string Type { get; init; } = "dataset";
    /// <summary>The resource's page in the catalog API.</summary>
    public string? Url { get; init; }
    /// <summary>The metadata version.</summary>
    public string? Version { get; init; }
    /// <summary>Catalog fields CKAN has no place for.</summary>
    public IReadOnlyList<CkanExtra> Extras { get; init; } = [];
    /// <summary>The open-data themes.</summary>
    public IReadOnlyList<CkanGroup> Groups { get; init; } = [];
    /// <summary>The current data version as a CSV resource (none before the first load).</summary>
    public IReadOnlyList<CkanResource> Resources { get; init; } = [];
    /// <summary>The keywords.</summary>
    public IReadOnlyList<CkanTag> Tags { get; init; } = [];
    /// <summary>Not kept; always empty.</summary>
    public IReadOnlyList<object> RelationshipsAsObject { get; init; } = [];
    /// <summary>Not kept; always empty.</summary>
    public IReadOnlyList<object> RelationshipsAsSubject { get; init; } = [];
}
