using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Binding;

/// <summary>An information item and the source column its values are read from.</summary>
/// <param name="Item">The resource's item.</param>
/// <param name="SourceColumn">The column name exactly as it appears in the source (header text).</param>
public sealed record BoundColumn(InformationItem Item, string SourceColumn);
