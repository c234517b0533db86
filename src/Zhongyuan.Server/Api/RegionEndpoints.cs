using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Regions;

namespace Zhongyuan.Server.Api;

/// <summary><c>/api/v1/regions</c>: Henan's divisions from GB/T 2260.</summary>
internal static class RegionEndpoints
{
    public static void MapRegions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/regions").WithTags("regions");
        group.MapGet("/", List).WithSummary("行政区划列表 List regions (filter by level or parent)");
        group.MapGet("/{code}", Get).WithSummary("行政区划 Get a region");
    }

    private static Ok<IReadOnlyList<Region>> List(string? level, string? parent)
    {
        IEnumerable<Region> regions = parent is null ? RegionCatalog.Henan.All : RegionCatalog.Henan.Children(parent);
        if (level is not null && Enum.TryParse<RegionLevel>(level, ignoreCase: true, out var l))
        {
            regions = regions.Where(r => r.Level == l);
        }
        return TypedResults.Ok<IReadOnlyList<Region>>([.. regions]);
    }

    private static Results<Ok<Region>, ProblemHttpResult> Get(string code, HttpContext context) =>
        RegionCatalog.Henan.Find(code) is { } region
            ? TypedResults.Ok(region)
            : ProblemWriter.ToResult(Problems.Problem.NotFound($"行政区划代码“{code}”不存在", $"No region has the code \"{code}\""), context);
}
