namespace Zhongyuan.Demo;

/// <summary>A resource the generator may emit: a template placed at a provider, region and variant.</summary>
/// <param name="Provider">The full name of the providing department.</param>
/// <param name="Source">The provider's table row the candidate comes from.</param>
/// <param name="Template">The template.</param>
/// <param name="Name">The final resource name.</param>
/// <param name="Abstract">The final abstract.</param>
/// <param name="RegionCode">The GB/T 2260 code of the region the data covers.</param>
/// <param name="VariantTag">An extra tag for a variant (the year or the city), if any.</param>
internal sealed record DemoCandidate(
    string Provider, DemoProvider Source, DemoTemplate Template, string Name, string Abstract, string RegionCode, string? VariantTag);
