using Zhongyuan.Catalog;

namespace Zhongyuan.OpenData;

/// <summary>
/// Who is asking an open-data API. The public sees the metadata of published resources that are open
/// (无条件开放 or 有条件开放); a caller allowed to read the catalog (<c>catalog:read</c>) sees every published
/// entry. Drafts, submitted and retired entries never appear in these APIs. Reading data is decided separately.
/// </summary>
/// <param name="AllMetadata">Whether the caller may see the metadata of resources that are not open.</param>
public sealed record OpenDataAudience(bool AllMetadata)
{
    /// <summary>The anonymous public.</summary>
    public static OpenDataAudience Public { get; } = new(false);

    /// <summary>Whether this audience sees <paramref name="resource"/>.</summary>
    public bool Sees(Resource resource) =>
        resource.Status == ResourceStatus.Published && (AllMetadata || resource.Metadata.OpenType != OpenType.NotOpen);

    /// <summary>The open types visible to this audience as search filter values, or null for all.</summary>
    internal IReadOnlyList<string>? OpenTypeFilter => AllMetadata ? null : ["unconditional", "conditional"];
}
