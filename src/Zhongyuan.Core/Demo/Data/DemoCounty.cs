namespace Zhongyuan.Demo.Data;

/// <summary>A county-level division people are registered in, with the names addresses are built from.</summary>
/// <param name="Code">The 6-digit GB/T 2260 code (for 济源, the city's own code).</param>
/// <param name="Name">The county's name, e.g. <c>金水区</c>.</param>
/// <param name="City">The city's name, e.g. <c>郑州市</c>.</param>
/// <param name="CityCode">The city's code.</param>
/// <param name="CityIndex">The index of the city in <see cref="DemoPlaces.Cities"/>.</param>
/// <param name="Prefix">The address down to the county, e.g. <c>河南省郑州市金水区</c>.</param>
/// <param name="IsUrban">Whether it is a city district (区), whose addresses have 街道 and roads rather than 乡镇 and villages.</param>
internal sealed record DemoCounty(string Code, string Name, string City, string CityCode, int CityIndex, string Prefix, bool IsUrban);
