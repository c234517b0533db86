namespace Zhongyuan.Identifiers;

/// <summary>One code of the national division list (GB/T 2260).</summary>
/// <param name="Code">The 6-digit code, e.g. <c>410105</c>.</param>
/// <param name="Name">The official name, e.g. <c>金水区</c>; <c>市辖区</c>, <c>县</c> and <c>省直辖县级行政区划</c> are grouping rows, not places.</param>
/// <param name="From">First year in force (inclusive); <see langword="null"/> before 1980 or unknown.</param>
/// <param name="To">Last year in force (inclusive, the year it was withdrawn); <see langword="null"/> while current.</param>
public sealed record NationalRegion(int Code, string Name, int? From, int? To)
{
    /// <summary>Whether the code is still in force.</summary>
    public bool IsCurrent => To is null;

    /// <summary>Whether the code was in force at some time during <paramref name="year"/>.</summary>
    public bool IsValidIn(int year) => (From is null || year >= From) && (To is null || year <= To);

    /// <summary>Whether the row groups divisions rather than naming a place (市辖区, 县, 省直辖县级行政区划, 居住证 codes).</summary>
    public bool IsGrouping => Name is "市辖区" or "县" || Name.Contains("直辖县级", StringComparison.Ordinal) || Name.Contains("居住证", StringComparison.Ordinal);
}
