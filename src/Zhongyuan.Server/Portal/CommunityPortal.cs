namespace Zhongyuan.Server.Portal;

/// <summary>The portal's interaction pages (showcase, data requests) and the department and city pages.</summary>
internal static class CommunityPortal
{
    public static void MapCommunityPortal(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription().AllowAnonymous();
        pages.MapGet("/showcase", ShowcasePage.Get);
        pages.MapGet("/requests", RequestsPage.Get);
        pages.MapGet("/requests/{id:long}", RequestsPage.Detail);
        pages.MapGet("/departments/{id:long}", DepartmentPage.Get);
        pages.MapGet("/regions/{code}", RegionPage.Get);
    }
}
