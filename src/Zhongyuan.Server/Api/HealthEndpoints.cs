using Zhongyuan.Server.Hosting;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Api;

/// <summary><c>/healthz</c>: ready when start-up finished and the database answers.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).WithTags("health").AllowAnonymous();

    private static async Task<IResult> Check(PlatformState state, Database database, CancellationToken ct)
    {
        if (!state.Ready)
        {
            return TypedResults.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        await using var connection = await database.OpenAsync(ct);
        return TypedResults.Ok(new { status = "ok", database = database.Dialect.ToString().ToLowerInvariant() });
    }
}
