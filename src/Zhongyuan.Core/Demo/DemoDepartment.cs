namespace Zhongyuan.Demo;

/// <summary>A department seeded into a demo installation.</summary>
/// <param name="Name">The full name, e.g. <c>河南省公安厅</c>.</param>
/// <param name="ShortName">The usual short name, e.g. <c>省公安厅</c>.</param>
/// <param name="CreditCode">A valid, made-up unified social credit code (GB 32100-2015), unique in the demo set.</param>
/// <param name="RegionCode">The GB/T 2260 code of the region the department serves.</param>
/// <param name="Level"><see cref="DemoDepartments.ProvinceLevel"/> or <see cref="DemoDepartments.CityLevel"/>.</param>
/// <param name="ParentName">The name of the department above it in the demo hierarchy; <see langword="null"/> for none.</param>
internal sealed record DemoDepartment(
    string Name, string ShortName, string CreditCode, string RegionCode, string Level, string? ParentName);
