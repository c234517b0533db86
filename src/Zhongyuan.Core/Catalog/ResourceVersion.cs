namespace Zhongyuan.Catalog;

/// <summary>A published version of a resource's metadata, kept readable after later changes.</summary>
/// <param name="Version">The version number.</param>
/// <param name="Metadata">The metadata as it was.</param>
/// <param name="CreatedAt">When this version was published.</param>
/// <param name="CreatedBy">Who published it.</param>
public sealed record ResourceVersion(int Version, ResourceMetadata Metadata, DateTimeOffset CreatedAt, string CreatedBy);
