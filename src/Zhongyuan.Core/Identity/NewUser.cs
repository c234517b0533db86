namespace Zhongyuan.Identity;

/// <summary>An account to create.</summary>
/// <param name="Username">Sign-in name: lower-case letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; 3 to 64, starting with a letter.</param>
/// <param name="DisplayName">Name shown in the interface, 1 to 100 characters.</param>
/// <param name="Role">Its one role.</param>
/// <param name="DepartmentId">Its department: required for department roles, refused for administrator roles.</param>
public sealed record NewUser(string Username, string DisplayName, Role Role, long? DepartmentId);
