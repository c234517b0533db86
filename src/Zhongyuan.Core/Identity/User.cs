namespace Zhongyuan.Identity;

/// <summary>A platform account.</summary>
/// <param name="Id">Platform id.</param>
/// <param name="Username">Sign-in name, unique.</param>
/// <param name="DisplayName">Name shown in the interface.</param>
/// <param name="Role">Its role.</param>
/// <param name="DepartmentId">Its department, if any.</param>
/// <param name="MustChangePassword">Whether the next sign-in must change the password.</param>
public sealed record User(long Id, string Username, string DisplayName, Role Role, long? DepartmentId, bool MustChangePassword);
