namespace Zhongyuan.Server.Portal;

/// <summary>The developer centre's pages: sign-up, the centre itself and the stewards' page of developers' applications.</summary>
internal static class DeveloperPortal
{
    public static void MapDeveloperPortal(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/developers").ExcludeFromDescription().AllowAnonymous();
        pages.MapGet("", DeveloperCentrePage.Get);
        pages.MapGet("/signup", DeveloperSignUpPage.Get);
        pages.MapGet("/applications", DeveloperApplicationsPage.Get);
    }

    /// <summary>A local path from the <c>return</c> parameter, or <paramref name="fallback"/>.</summary>
    public static string Return(HttpContext context, string fallback)
    {
        var back = context.Request.Query["return"].ToString();
        return back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) && !back.Contains('\\', StringComparison.Ordinal) ? back : fallback;
    }

    /// <summary>A date and time as China time (UTC+8), minutes.</summary>
    public static string When(DateTimeOffset? at) =>
        at is { } t ? PortalTime.Minute(t) : "—";
}
