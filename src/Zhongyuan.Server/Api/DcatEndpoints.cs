using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.OpenData;
using Zhongyuan.OpenData.Rdf;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Api;

/// <summary>
/// The open catalog in DCAT-AP 3 as Turtle, JSON-LD and RDF/XML: <c>/catalog.{ttl|jsonld|rdf}</c> (paged with
/// <c>?page=</c>, hydra:PartialCollectionView links, <c>?modified_since=</c>) and <c>/dataset/{code}.{ttl|jsonld|rdf}</c>.
/// Visibility is that of the CKAN API: open resources for anyone, every published one with <c>catalog:read</c>.
/// </summary>
internal static class DcatEndpoints
{
    /// <summary>Datasets per catalog page unless <c>page_size</c> says otherwise (at most 1000).</summary>
    public const int DefaultPageSize = 100;

    public static void MapDcat(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("dcat");
        foreach (var ext in (string[])["ttl", "jsonld", "rdf"])
        {
            group.MapGet("/catalog." + ext, (HttpContext c, int? page, string? modified_since, int? page_size, CancellationToken ct) =>
                CatalogAsync(c, ext, page, modified_since, page_size, ct)).WithSummary($"DCAT-AP 目录 DCAT-AP 3 catalog ({ext})");
        }
        group.MapGet("/dataset/{code}.{ext}", DatasetAsync).WithSummary("DCAT-AP 数据集 One dataset in DCAT-AP 3 (ttl, jsonld or rdf)");
    }

    private static async Task<IResult> CatalogAsync(HttpContext context, string ext, int? page, string? modifiedSince, int? pageSize, CancellationToken ct)
    {
        DateTimeOffset? since = null;
        if (modifiedSince is not null)
        {
            if (!DateTimeOffset.TryParse(modifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("modified_since", "invalid_value",
                    "modified_since 应为 ISO 8601 日期或时间，例如 2024-05-01T00:00:00Z", "modified_since must be an ISO 8601 date or time, e.g. 2024-05-01T00:00:00Z")]), context);
            }
            since = parsed;
        }
        var size = Math.Clamp(pageSize ?? DefaultPageSize, 1, 1000);
        var number = Math.Max(1, page ?? 1);
        var visible = await new OpenCatalog(context.RequestServices.GetRequiredService<ResourceStore>()).VisibleAsync(Audience(context), since, ct);
        var slice = visible.Skip((number - 1) * size).Take(size).ToList();
        var data = await Data(context).CurrentDataAsync([.. slice.Select(r => r.Code)], ct);
        var baseUrl = CkanEndpoints.BaseUrl(context);
        var query = (since is null ? "" : "modified_since=" + Uri.EscapeDataString(modifiedSince!) + "&")
            + (pageSize is null ? "" : "page_size=" + size.ToString(CultureInfo.InvariantCulture) + "&");
        var paging = new DcatPage(number, size, visible.Count, $"{baseUrl}/catalog.{ext}?{query}");
        var modified = visible.Count == 0 ? (DateTimeOffset?)null : visible.Max(r => r.UpdatedAt);
        return Write(new DcatBuilder(baseUrl).Catalog(slice, data, paging, modified), ext);
    }

    private static async Task<IResult> DatasetAsync(string code, string ext, HttpContext context, CancellationToken ct)
    {
        var resource = await new OpenCatalog(context.RequestServices.GetRequiredService<ResourceStore>()).FindAsync(code, Audience(context), ct);
        if (resource is null || ext is not ("ttl" or "jsonld" or "rdf"))
        {
            return ProblemWriter.ToResult(Problem.NotFound($"没有开放的数据集“{code}.{ext}”", $"No open dataset \"{code}.{ext}\""), context);
        }
        var data = await Data(context).CurrentDataAsync([resource.Code], ct);
        return Write(new DcatBuilder(CkanEndpoints.BaseUrl(context)).Dataset(resource, data.GetValueOrDefault(resource.Code)), ext);
    }

    private static IResult Write(RdfGraph graph, string ext) => ext switch
    {
        "ttl" => TypedResults.Text(TurtleWriter.Write(graph), "text/turtle; charset=utf-8"),
        "jsonld" => TypedResults.Text(JsonLdWriter.Write(graph), "application/ld+json; charset=utf-8"),
        _ => TypedResults.Text(RdfXmlWriter.Write(graph), "application/rdf+xml; charset=utf-8"),
    };

    private static OpenDataAudience Audience(HttpContext context) =>
        new(context.User.HasClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.CatalogRead));

    private static OpenDataStore Data(HttpContext context) => new(context.RequestServices.GetRequiredService<Database>());
}
