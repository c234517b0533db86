using Zhongyuan.Localization;

namespace Zhongyuan.Identity;

/// <summary>The platform roles (三员分立 for the first three: no account holds two of them).</summary>
public enum Role
{
    /// <summary>系统管理员.</summary>
    [Label("系统管理员", "System administrator")] SystemAdministrator,

    /// <summary>安全管理员.</summary>
    [Label("安全管理员", "Security administrator")] SecurityAdministrator,

    /// <summary>审计管理员.</summary>
    [Label("审计管理员", "Audit administrator")] AuditAdministrator,

    /// <summary>部门数据管理员.</summary>
    [Label("部门数据管理员", "Department data steward")] DataSteward,

    /// <summary>部门用户.</summary>
    [Label("部门用户", "Department user")] DepartmentUser,

    /// <summary>数据分析员.</summary>
    [Label("数据分析员", "Analyst")] Analyst,

    /// <summary>注册开发者.</summary>
    [Label("注册开发者", "Registered developer")] Developer,
}
