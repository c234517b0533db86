using Zhongyuan.Catalog;

namespace Zhongyuan.OpenData;

/// <summary>The catalog as the open-data APIs list it: visible entries only, in code order.</summary>
public sealed class OpenCatalog(ResourceStore resources)
{
    /// <summary>
    /// Every resource <paramref name="audience"/> sees, in code order, optionally only those changed at or after
    /// <paramref name="modifiedSince"/>. Reads the whole published catalog (a few thousand entries at most on a node).
    /// </summary>
    public async Task<IReadOnlyList<Resource>> VisibleAsync(OpenDataAudience audience, DateTimeOffset? modifiedSince = null, CancellationToken ct = default)
    {
        var result = new List<Resource>();
        await foreach (var resource in resources.AllAsync(ResourceStatus.Published, ct).ConfigureAwait(false))
        {
            if (audience.Sees(resource) && (modifiedSince is null || resource.UpdatedAt >= modifiedSince))
            {
                result.Add(resource);
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return result;
    }

    /// <summary>The resource with <paramref name="code"/> when <paramref name="audience"/> sees it; null otherwise.</summary>
    public async Task<Resource?> FindAsync(string code, OpenDataAudience audience, CancellationToken ct = default) =>
        await resources.FindAsync(code, ct).ConfigureAwait(false) is { } r && audience.Sees(r) ? r : null;
}
