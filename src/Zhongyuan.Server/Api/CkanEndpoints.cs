using Zhongyuan.Identity;
using Zhongyuan.OpenData;
using Zhongyuan.OpenData.Ckan;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// The CKAN Action API (read actions) at <c>/api/3/action/{name}</c> and <c>/api/action/{name}</c>, GET or POST,
/// with CKAN's envelope and errors, so CKAN clients (ckanapi, ckanr, harvesters) work unchanged. Resources are
/// packages, departments organizations, open-data themes groups; see docs/opendata.md.
/// </summary>
internal static partial class CkanEndpoints
{
    public static void MapCkan(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in (string[])["/api/3/action", "/api/action"])
        {
            app.MapMethods(prefix + "/{name}", [HttpMethods.Get, HttpMethods.Post], Dispatch).WithTags("ckan")
                .WithSummary("CKAN 接口 CKAN Action API (status_show, package_list, package_show, package_search, organization_list, organization_show, group_list, tag_list, resource_show, datastore_search)");
        }
    }

    private static async Task<IResult> Dispatch(string name, HttpContext context, CancellationToken ct)
    {
        var help = $"{BaseUrl(context)}/api/3/action/help_show?name={Uri.EscapeDataString(name)}";
        var (parameters, error) = await CkanParameters.ReadAsync(context.Request, ct);
        if (parameters is null)
        {
            return BadRequest(error!);
        }
        var action = Action(name);
        if (action is null)
        {
            return BadRequest("Action name not known: " + name);
        }
        var reply = await action(new CkanCall(parameters, context, Audience(context), BaseUrl(context)), ct);
        return (parameters.Errors.Count > 0 && reply.Error is null ? CkanReply.Invalid(parameters.Errors) : reply).ToResult(help);
    }

    private static Func<CkanCall, CancellationToken, Task<CkanReply>>? Action(string name) => name switch
    {
        "status_show" => (call, _) => Task.FromResult(StatusShow(call)),
        "package_list" => PackageListAsync,
        "package_show" => PackageShowAsync,
        "package_search" => PackageSearchAsync,
        "organization_list" => OrganizationListAsync,
        "organization_show" => OrganizationShowAsync,
        "group_list" => GroupListAsync,
        "tag_list" => TagListAsync,
        "resource_show" => ResourceShowAsync,
        "datastore_search" => DatastoreSearchAsync,
        _ => null,
    };

    /// <summary>CKAN answers a request it cannot route with 400 and a bare JSON string.</summary>
    private static IResult BadRequest(string message) =>
        TypedResults.Json("Bad request - " + message, CkanJson.Options, "application/json;charset=utf-8", StatusCodes.Status400BadRequest);

    private static OpenDataAudience Audience(HttpContext context) =>
        new(context.User.HasClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.CatalogRead));

    /// <summary>The server's absolute base URL as the caller reached it, without a trailing slash.</summary>
    internal static string BaseUrl(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}".TrimEnd('/');

    private static CkanReply StatusShow(CkanCall call) => CkanReply.Ok(new Dictionary<string, object?>
    {
        ["site_title"] = "中原政务数据开放平台 Zhongyuan Open Data",
        ["site_description"] = "河南省政务数据开放接口（兼容 CKAN） Henan government open data (CKAN-compatible API)",
        ["site_url"] = call.BaseUrl,
        ["ckan_version"] = "2.10.0",
        ["error_emails_to"] = null,
        ["locale_default"] = "zh_Hans_CN",
        ["extensions"] = new[] { "datastore", "dcat" },
    });

    /// <summary>One action call: its parameters, the caller and the base URL for links.</summary>
    private sealed record CkanCall(CkanParameters Parameters, HttpContext Context, OpenDataAudience Audience, string BaseUrl)
    {
        public T Service<T>() where T : notnull => Context.RequestServices.GetRequiredService<T>();
    }
}
