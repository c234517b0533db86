using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Security;

/// <summary>
/// The claims of a signed-in (cookie) session: the same user claims as a token, the role's scopes, and the session's
/// anti-forgery token, must-change flag and session version. They live in the encrypted, HttpOnly cookie.
/// </summary>
internal static class SessionClaims
{
    public const string Csrf = "zy:csrf";
    public const string MustChangePassword = "zy:must_change_password";
    public const string Version = "zy:session_version";

    /// <summary>A session principal for the account, with a fresh anti-forgery token unless one is passed on.</summary>
    public static ClaimsPrincipal For(UserAccount account, string? csrf = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Username),
            new(ClaimTypes.Role, account.Role.ToString()),
            new(Csrf, csrf ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))),
            new(MustChangePassword, account.MustChangePassword ? "true" : "false"),
            new(Version, account.SessionVersion.ToString(CultureInfo.InvariantCulture)),
        };
        if (account.DepartmentId is { } department)
        {
            claims.Add(new Claim(TokenAuthenticationHandler.DepartmentClaim, department.ToString(CultureInfo.InvariantCulture)));
        }
        claims.AddRange(RoleScopes.Allowed(account.Role).Select(s => new Claim(TokenAuthenticationHandler.ScopeClaim, s)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SecurityModule.SessionScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Whether the caller authenticated with the session cookie (not a token).</summary>
    public static bool IsSession(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: SecurityModule.SessionScheme };

    /// <summary>The session's anti-forgery token; null for token callers.</summary>
    public static string? CsrfToken(this ClaimsPrincipal user) => user.IsSession() ? user.FindFirstValue(Csrf) : null;

    /// <summary>The caller as the identity services and the audit trail see it.</summary>
    public static IdentityActor Actor(this HttpContext context)
    {
        var user = context.User;
        var id = user.UserId() ?? throw new InvalidOperationException("An authenticated caller has no user id.");
        var role = Enum.Parse<Role>(user.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("An authenticated caller has no role."));
        return new IdentityActor(id, user.Identity?.Name ?? "", role, user.DepartmentId(), context.Connection.RemoteIpAddress?.ToString());
    }
}
