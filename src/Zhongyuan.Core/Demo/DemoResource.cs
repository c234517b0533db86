using Zhongyuan.Catalog;

namespace Zhongyuan.Demo;

/// <summary>One generated demo catalog entry.</summary>
/// <param name="ProviderName">The full name of the providing department, e.g. 河南省公安厅.</param>
/// <param name="Metadata">The entry as its provider would fill it in; valid per <see cref="CatalogRules"/>.</param>
/// <param name="Publish">Whether the demo publishes the entry; when false it stays a draft.</param>
internal sealed record DemoResource(string ProviderName, ResourceMetadata Metadata, bool Publish);
