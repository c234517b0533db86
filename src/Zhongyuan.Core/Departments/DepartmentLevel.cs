using Zhongyuan.Localization;

namespace Zhongyuan.Departments;

/// <summary>The administrative level a department belongs to.</summary>
public enum DepartmentLevel
{
    /// <summary>省级.</summary>
    [Label("省级", "Province")] Province,

    /// <summary>市级.</summary>
    [Label("市级", "City")] City,

    /// <summary>县级.</summary>
    [Label("县级", "County")] County,
}
