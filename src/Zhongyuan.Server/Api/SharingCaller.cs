using System.Globalization;
using System.Security.Claims;
using Zhongyuan.Identity;
using Zhongyuan.Server.Security;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Api;

/// <summary>The caller of a sharing endpoint as the sharing services see it: a user, or an application authenticated by its key.</summary>
internal static class SharingCaller
{
    public static SharingActor Actor(HttpContext context)
    {
        var user = context.User;
        long? application = long.TryParse(user.FindFirstValue(SharingClaims.Application), NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;
        return new SharingActor(user.UserId(), user.Identity?.Name ?? "", user.DepartmentId(), user.HasScope(Scopes.Admin), user.HasScope(Scopes.DataWrite), application);
    }
}
