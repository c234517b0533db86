namespace Zhongyuan.Departments;

/// <summary>A department to create.</summary>
/// <param name="Name">Full name.</param>
/// <param name="ShortName">Short name.</param>
/// <param name="CreditCode">统一社会信用代码.</param>
/// <param name="RegionCode">GB/T 2260 region code.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="ParentId">Parent department id, if any.</param>
public sealed record NewDepartment(string Name, string ShortName, string CreditCode, string RegionCode, DepartmentLevel Level, long? ParentId);
