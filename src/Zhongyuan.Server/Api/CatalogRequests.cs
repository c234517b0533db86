using Zhongyuan.Catalog;

namespace Zhongyuan.Server.Api;

/// <summary>Body of <c>POST /api/v1/resources</c>: the provider (by id, or by name or credit code) and the metadata.</summary>
/// <param name="ProviderId">The providing department's id.</param>
/// <param name="Provider">Or its full name, short name or credit code.</param>
/// <param name="Metadata">The catalog fields.</param>
public sealed record CreateResourceRequest(long? ProviderId, string? Provider, ResourceMetadata Metadata);

/// <summary>Body of a lifecycle step: an optional comment recorded with it.</summary>
/// <param name="Note">Why, e.g. the reviewer's remark when sending an entry back.</param>
public sealed record LifecycleRequest(string? Note);

/// <summary>A page of a plain listing.</summary>
/// <param name="Items">The resources.</param>
/// <param name="Next">The cursor for the next page, or null at the end.</param>
public sealed record ResourcePage(IReadOnlyList<Resource> Items, string? Next);
