namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>
/// The department console (部门工作台) for department members: the landing page, the steward's resources, form and
/// data upload, share requests and correction tickets. Pages check sign-in and role on the server; the API they call
/// checks again.
/// </summary>
internal static class ConsoleEndpoints
{
    public static void MapDepartmentConsole(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/console").ExcludeFromDescription().AllowAnonymous();
        pages.MapGet("", ConsoleHome.Get);
        pages.MapGet("/resources", ConsoleResources.Get);
        pages.MapGet("/resources/new", ConsoleResourceForm.New);
        pages.MapGet("/resources/{code}/edit", ConsoleResourceForm.Edit);
        pages.MapGet("/resources/{code}/data", ConsoleData.Get);
        pages.MapGet("/requests", ConsoleRequests.Get);
        pages.MapGet("/requests/new", ConsoleRequestForm.Get);
        pages.MapGet("/tickets", ConsoleTickets.Get);
    }
}
