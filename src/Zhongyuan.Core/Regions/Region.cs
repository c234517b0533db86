namespace Zhongyuan.Regions;

/// <summary>One administrative division from the GB/T 2260 list.</summary>
/// <param name="Code">The 6-digit division code, e.g. <c>410105</c>.</param>
/// <param name="Name">The full official name, e.g. <c>金水区</c>.</param>
/// <param name="Level">The division's level.</param>
/// <param name="ParentCode">The code of the division directly above; <see langword="null"/> for a province.</param>
internal sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode);
