namespace Zhongyuan.Catalog;

/// <summary>Facts about the rest of the platform that some catalog rules need.</summary>
/// <param name="ExistingNameKeys">The <see cref="NameKey"/> of every other resource of the same provider.</param>
/// <param name="IsKnownRegion">Whether a region code exists.</param>
public sealed record CatalogRuleContext(IReadOnlySet<string> ExistingNameKeys, Func<string, bool> IsKnownRegion);
