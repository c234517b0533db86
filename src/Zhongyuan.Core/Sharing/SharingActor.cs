namespace Zhongyuan.Sharing;

/// <summary>The caller of a sharing operation, as far as sharing rules care.</summary>
/// <param name="UserId">The user's id; null when an application (not a person) calls.</param>
/// <param name="Username">The user's sign-in name, or <c>app:&lt;id&gt;</c> for an application.</param>
/// <param name="DepartmentId">The caller's department, if any.</param>
/// <param name="IsAdmin">Whether the caller holds the <c>admin</c> scope (platform administrator).</param>
/// <param name="CanWriteData">Whether the caller holds <c>data:write</c>: with a department, its data steward (数据管理员).</param>
/// <param name="ApplicationId">The application, when the caller authenticated with an application key.</param>
public sealed record SharingActor(long? UserId, string Username, long? DepartmentId, bool IsAdmin, bool CanWriteData, long? ApplicationId = null)
{
    /// <summary>Whether the caller is a person (applications only read their own grants).</summary>
    public bool IsUser => UserId is not null && ApplicationId is null;

    /// <summary>Whether the caller is the department's data steward.</summary>
    public bool IsStewardOf(long departmentId) => IsUser && CanWriteData && DepartmentId == departmentId;

    /// <summary>Whether the caller may manage the department's applications: its stewards and administrators.</summary>
    public bool MayManage(long departmentId) => IsUser && (IsAdmin || IsStewardOf(departmentId));

    /// <summary>Whether the caller belongs to the department (or is an administrator).</summary>
    public bool MaySee(long departmentId) => IsUser && (IsAdmin || DepartmentId == departmentId);
}
