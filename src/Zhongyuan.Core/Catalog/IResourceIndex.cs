namespace Zhongyuan.Catalog;

/// <summary>Keeps the search index in step with the catalog; called after each committed change.</summary>
public interface IResourceIndex
{
    /// <summary>Adds or replaces a resource in the index.</summary>
    void Upsert(Resource resource);

    /// <summary>Adds or replaces many resources in one commit.</summary>
    void UpsertMany(IEnumerable<Resource> resources);
}
