namespace Zhongyuan.Departments;

/// <summary>A government department (部门) that provides and consumes data resources.</summary>
/// <param name="Id">Platform id.</param>
/// <param name="Name">Full name, unique, e.g. 河南省公安厅.</param>
/// <param name="ShortName">Short name, e.g. 省公安厅.</param>
/// <param name="CreditCode">统一社会信用代码 (GB 32100), unique.</param>
/// <param name="RegionCode">GB/T 2260 code of its region.</param>
/// <param name="Level">Province, city or county.</param>
/// <param name="ParentId">The department it reports to, if any.</param>
public sealed record Department(long Id, string Name, string ShortName, string CreditCode, string RegionCode, DepartmentLevel Level, long? ParentId);
