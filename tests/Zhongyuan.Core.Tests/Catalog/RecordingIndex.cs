using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Catalog;

/// <summary>An index that records what the catalog asked it to hold (the Lucene index has its own tests).</summary>
public sealed class RecordingIndex : IResourceIndex
{
    public Dictionary<string, Resource> Held { get; } = new(StringComparer.Ordinal);

    public void Upsert(Resource resource) => Held[resource.Code] = resource;

    public void UpsertMany(IEnumerable<Resource> resources)
    {
        foreach (var r in resources)
        {
            Upsert(r);
        }
    }
}
