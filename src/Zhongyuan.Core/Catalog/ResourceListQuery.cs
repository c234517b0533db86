namespace Zhongyuan.Catalog;

/// <summary>A plain listing of resources by id (search goes through the Lucene index).</summary>
/// <param name="Status">Only this status, or all when null.</param>
/// <param name="ProviderId">Only this provider, or all when null.</param>
/// <param name="AfterId">Keyset cursor: only resources with a larger internal id.</param>
/// <param name="Limit">At most this many (1–1000).</param>
public sealed record ResourceListQuery(ResourceStatus? Status = null, long? ProviderId = null, long AfterId = 0, int Limit = 100);
