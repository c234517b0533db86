using Zhongyuan.Identity;
using Zhongyuan.Localization;

namespace Zhongyuan.Server.Api;

/// <summary>Request and response bodies of the account endpoints.</summary>
internal static partial class IdentityEndpoints
{
    /// <summary>An account. <c>role</c> is the role's name, <c>roleLabel</c> its label in the caller's language.</summary>
    internal sealed record UserBody(long Id, string Username, string DisplayName, string Role, string RoleLabel, long? DepartmentId,
        bool MustChangePassword, bool Disabled, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt)
    {
        public static UserBody From(UserAccount u, bool english) => new(u.Id, u.Username, u.DisplayName, u.Role.ToString(), Labels.Of(u.Role).In(english),
            u.DepartmentId, u.MustChangePassword, !u.Active, u.LockedUntil, u.CreatedAt, u.LastSignInAt);
    }

    /// <summary>A page of accounts.</summary>
    internal sealed record UserPageBody(IReadOnlyList<UserBody> Items, long Total, int Limit, int Offset);

    /// <summary>An account with its one-time initial password (shown this once; it must be changed at first sign-in).</summary>
    internal sealed record IssuedPasswordBody(UserBody User, string InitialPassword)
    {
        public static IssuedPasswordBody From(IssuedPassword issued, bool english) => new(UserBody.From(issued.User, english), issued.InitialPassword);
    }

    /// <summary>A role and what it may do.</summary>
    internal sealed record RoleBody(string Role, string Label, IReadOnlyList<string> Scopes, bool Administrator, bool RequiresDepartment);

    /// <summary>An account to create. <c>roles</c> exists only to be refused when it names more than one role.</summary>
    internal sealed record CreateUserRequest(string? Username, string? DisplayName, string? Role, long? DepartmentId, IReadOnlyList<string>? Roles);

    /// <summary>Changes to an account; absent fields stay as they are.</summary>
    internal sealed record UpdateUserRequest(string? DisplayName, long? DepartmentId);

    /// <summary>The account's new role (and department for department roles). <c>roles</c> naming more than one role is refused.</summary>
    internal sealed record ChangeRoleRequest(string? Role, long? DepartmentId, IReadOnlyList<string>? Roles);
}
