namespace Zhongyuan.Identity;

/// <summary>An account as its administrators see it.</summary>
/// <param name="Id">Platform id.</param>
/// <param name="Username">Sign-in name, unique.</param>
/// <param name="DisplayName">Name shown in the interface.</param>
/// <param name="Role">Its one role.</param>
/// <param name="DepartmentId">Its department, if any.</param>
/// <param name="MustChangePassword">Whether the password is an initial one that must be changed.</param>
/// <param name="DisabledAt">When it was disabled; null while active.</param>
/// <param name="LockedUntil">The end of a lockout after failed sign-ins; null or past when not locked.</param>
/// <param name="FailedSignIns">Consecutive failed sign-ins since the last success or lockout.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="LastSignInAt">The last successful sign-in.</param>
/// <param name="SessionVersion">Raised whenever password, role or status change; sessions of an older version end.</param>
public sealed record UserAccount(
    long Id, string Username, string DisplayName, Role Role, long? DepartmentId, bool MustChangePassword, DateTimeOffset? DisabledAt,
    DateTimeOffset? LockedUntil, int FailedSignIns, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt, int SessionVersion)
{
    /// <summary>Whether the account may sign in and use its tokens.</summary>
    public bool Active => DisabledAt is null;

    /// <summary>The account as a caller.</summary>
    public User ToUser() => new(Id, Username, DisplayName, Role, DepartmentId, MustChangePassword);
}
