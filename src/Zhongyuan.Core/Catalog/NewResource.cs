namespace Zhongyuan.Catalog;

/// <summary>A resource to register.</summary>
/// <param name="ProviderId">The providing department's id.</param>
/// <param name="Metadata">Its catalog fields.</param>
public sealed record NewResource(long ProviderId, ResourceMetadata Metadata);
