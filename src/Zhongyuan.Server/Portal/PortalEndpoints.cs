using Zhongyuan.Server.Portal.DepartmentConsole;

namespace Zhongyuan.Server.Portal;

/// <summary>The public portal's pages (开放门户): server-rendered HTML, Chinese first with an English switch on every page.</summary>
internal static class PortalEndpoints
{
    public static void MapPortal(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().AllowAnonymous();
        pages.MapGet("/", HomePage.Get);
        pages.MapGet("/search", PortalSearch.Get);
        pages.MapGet("/resources/{code}", ResourcePage.Get);
        pages.MapGet("/signin", SignInPage.Get);
        pages.MapGet("/portal/{name}", PortalAssets.Get);
        app.MapDepartmentConsole();
        app.MapAdminConsole();
        app.MapDeveloperPortal();
        app.MapCommunityPortal();
    }
}
