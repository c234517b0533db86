using System.Globalization;
using System.Security.Claims;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Sharing;

/// <summary>Reads the application (应用) a caller authenticated as, from the <see cref="SharingClaims.Application"/> claim.</summary>
internal static class ApplicationPrincipal
{
    /// <summary>The application's id; null when the caller is not an application (a user, a user's token, anonymous).</summary>
    public static long? ApplicationId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SharingClaims.Application), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The id of the application key the caller authenticated with; null when it did not use one.</summary>
    public static long? ApplicationKeyId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(SharingClaims.ApplicationKey), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>Whether the caller is an application, whose every data access goes through a grant.</summary>
    public static bool IsApplication(this ClaimsPrincipal user) => user.ApplicationId() is not null;
}
