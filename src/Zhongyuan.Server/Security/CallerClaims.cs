using System.Globalization;
using System.Security.Claims;

namespace Zhongyuan.Server.Security;

/// <summary>Reads what <see cref="TokenAuthenticationHandler"/> put into the caller's claims.</summary>
internal static class CallerClaims
{
    /// <summary>The caller's user id; null when anonymous.</summary>
    public static long? UserId(this ClaimsPrincipal user) => Parse(user.FindFirstValue(ClaimTypes.NameIdentifier));

    /// <summary>The caller's department id; null when anonymous or the user belongs to no department.</summary>
    public static long? DepartmentId(this ClaimsPrincipal user) => Parse(user.FindFirstValue(TokenAuthenticationHandler.DepartmentClaim));

    /// <summary>Whether the caller's token carries the scope.</summary>
    public static bool HasScope(this ClaimsPrincipal user, string scope) => user.HasClaim(TokenAuthenticationHandler.ScopeClaim, scope);

    private static long? Parse(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
