using Zhongyuan.Audit;

namespace Zhongyuan.Identity;

/// <summary>The audit actions of identity changes and sign-ins (besides <see cref="AuditActions.UserCreate"/>).</summary>
public static class IdentityAuditActions
{
    /// <summary>A user's display name or department changed.</summary>
    public const string UserChange = AuditActions.UserChange;

    /// <summary>A user's role changed (安全管理员).</summary>
    public const string RoleChange = "user.role";

    /// <summary>A user disabled.</summary>
    public const string UserDisable = "user.disable";

    /// <summary>A user enabled again.</summary>
    public const string UserEnable = "user.enable";

    /// <summary>A password reset by an administrator (a new one-time password).</summary>
    public const string PasswordReset = "user.password_reset";

    /// <summary>A user changed their own password.</summary>
    public const string PasswordChange = "user.password_change";

    /// <summary>An account locked after consecutive failed sign-ins.</summary>
    public const string Lockout = "user.lockout";

    /// <summary>A sign-in, successful (<c>Ok</c>) or not (<c>Denied</c>).</summary>
    public const string SignIn = "session.signin";

    /// <summary>A sign-out.</summary>
    public const string SignOut = "session.signout";

    /// <summary>An API token created.</summary>
    public const string TokenCreate = "token.create";

    /// <summary>An API token revoked.</summary>
    public const string TokenRevoke = "token.revoke";
}
