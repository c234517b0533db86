using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Identity;
using Zhongyuan.Problems;

namespace Zhongyuan.Server.Api;

/// <summary>
/// <c>/api/v1/resources</c>: the catalog. Anyone may read published and retired entries; drafts and
/// submitted entries need <c>catalog:read</c>; every change needs <c>catalog:write</c>.
/// </summary>
internal static partial class CatalogEndpoints
{
    public static void MapCatalog(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/resources").WithTags("catalog");
        group.MapGet("/", List).WithSummary("信息资源列表 List resources by id (use /search to search)");
        group.MapGet("/search", Search).WithSummary("检索信息资源 Search the catalog with facets");
        group.MapGet("/{code}", Get).WithSummary("信息资源 Get a resource");
        group.MapGet("/{code}/versions", Versions).WithSummary("已发布的元数据版本 Published metadata versions");
        group.MapGet("/{code}/versions/{version:int}", Version).WithSummary("某一版本的元数据 One metadata version");
        group.MapGet("/{code}/events", Events).WithSummary("生命周期记录 Lifecycle events");
        var write = group.MapGroup("").RequireAuthorization(Scopes.CatalogWrite);
        write.MapPost("/", Create).WithSummary("登记信息资源 Register a resource (as a draft)");
        write.MapPut("/{code}", Update).WithSummary("修改信息资源 Change a resource's metadata");
        write.MapPost("/{code}/submit", (string code, LifecycleRequest? body, CatalogService s, HttpContext c, CancellationToken ct) =>
            Step(s.SubmitAsync(code, Actor(c), body?.Note, ct), "submit", c)).WithSummary("提交发布 Submit for publication");
        write.MapPost("/{code}/withdraw", (string code, LifecycleRequest? body, CatalogService s, HttpContext c, CancellationToken ct) =>
            Step(s.WithdrawAsync(code, Actor(c), body?.Note, ct), "withdraw", c)).WithSummary("退回草稿 Send back to draft");
        write.MapPost("/{code}/publish", (string code, LifecycleRequest? body, CatalogService s, HttpContext c, CancellationToken ct) =>
            Step(s.PublishAsync(code, Actor(c), body?.Note, ct), "publish", c)).WithSummary("发布 Publish");
        write.MapPost("/{code}/retire", (string code, LifecycleRequest? body, CatalogService s, HttpContext c, CancellationToken ct) =>
            Step(s.RetireAsync(code, Actor(c), body?.Note, ct), "retire", c)).WithSummary("停用 Retire");
    }

    private static async Task<Results<Ok<ResourcePage>, ProblemHttpResult>> List(
        ResourceStore store, HttpContext context, string? status, long? provider, string? after, int? limit, CancellationToken ct)
    {
        ResourceStatus? wanted = null;
        if (status is not null)
        {
            if (!Localization.Labels.TryParse<ResourceStatus>(status, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("status", "invalid_value",
                    "状态取值应为 draft、submitted、published 或 retired", "status must be draft, submitted, published or retired")]), context);
            }
            wanted = parsed;
        }
        if (!CanReadUnpublished(context.User) && wanted is not (ResourceStatus.Published or ResourceStatus.Retired))
        {
            wanted = ResourceStatus.Published;
        }
        var afterId = long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : 0;
        var (page, lastId) = await store.ListAsync(new ResourceListQuery(wanted, provider, afterId, limit ?? 100), ct);
        var next = page.Count == Math.Clamp(limit ?? 100, 1, 1000) ? lastId.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new ResourcePage(page, next));
    }

    private static async Task<Results<Ok<Resource>, ProblemHttpResult>> Get(string code, ResourceStore store, HttpContext context, CancellationToken ct) =>
        await Visible(store, code, context, ct) is { } resource ? TypedResults.Ok(resource) : NotFound(code, context);

    private static async Task<Results<Ok<IReadOnlyList<ResourceVersion>>, ProblemHttpResult>> Versions(
        string code, ResourceStore store, HttpContext context, CancellationToken ct) =>
        await Visible(store, code, context, ct) is null ? NotFound(code, context) : TypedResults.Ok(await store.VersionsAsync(code, ct));

    private static async Task<Results<Ok<ResourceVersion>, ProblemHttpResult>> Version(
        string code, int version, ResourceStore store, HttpContext context, CancellationToken ct)
    {
        var found = await Visible(store, code, context, ct) is null ? null
            : (await store.VersionsAsync(code, ct)).FirstOrDefault(v => v.Version == version);
        return found is null
            ? ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”没有第 {version} 版", $"The resource \"{code}\" has no version {version}"), context)
            : TypedResults.Ok(found);
    }

    private static async Task<Results<Ok<IReadOnlyList<ResourceEvent>>, ProblemHttpResult>> Events(
        string code, ResourceStore store, HttpContext context, CancellationToken ct) =>
        await Visible(store, code, context, ct) is null ? NotFound(code, context) : TypedResults.Ok(await store.EventsAsync(code, ct));

    private static async Task<Results<Created<Resource>, ProblemHttpResult>> Create(
        CreateResourceRequest request, CatalogService service, DepartmentStore departments, HttpContext context, CancellationToken ct)
    {
        var providerId = request.ProviderId ?? (request.Provider is null ? null : (await departments.FindAsync(request.Provider, ct))?.Id);
        if (providerId is null)
        {
            return ProblemWriter.ToResult(Problem.Invalid([FieldError.Of("provider", "provider_unknown",
                "请用 providerId 或 provider（部门全称、简称或统一社会信用代码）指明提供方",
                "Name the provider with providerId or provider (full name, short name or credit code)")]), context);
        }
        var outcome = await service.CreateAsync(new NewResource(providerId.Value, request.Metadata), Actor(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        PlatformMetrics.CatalogChanges.Add(1, new KeyValuePair<string, object?>("action", "create"));
        return TypedResults.Created($"/api/v1/resources/{outcome.Value.Code}", outcome.Value);
    }

    private static Task<Results<Ok<Resource>, ProblemHttpResult>> Update(
        string code, ResourceMetadata metadata, CatalogService service, HttpContext context, CancellationToken ct) =>
        Step(service.UpdateAsync(code, metadata, Actor(context), ct), "update", context);

    private static async Task<Results<Ok<Resource>, ProblemHttpResult>> Step(Task<Outcome<Resource>> step, string action, HttpContext context)
    {
        var outcome = await step;
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        PlatformMetrics.CatalogChanges.Add(1, new KeyValuePair<string, object?>("action", action));
        return TypedResults.Ok(outcome.Value);
    }

    internal static async Task<Resource?> Visible(ResourceStore store, string code, HttpContext context, CancellationToken ct)
    {
        var resource = await store.FindAsync(code, ct);
        return resource is null || (!IsPublic(resource.Status) && !CanReadUnpublished(context.User)) ? null : resource;
    }

    private static bool IsPublic(ResourceStatus status) => status is ResourceStatus.Published or ResourceStatus.Retired;

    internal static bool CanReadUnpublished(ClaimsPrincipal user) => user.HasClaim(Security.TokenAuthenticationHandler.ScopeClaim, Scopes.CatalogRead);

    private static ProblemHttpResult NotFound(string code, HttpContext context) =>
        ProblemWriter.ToResult(Problem.NotFound($"信息资源“{code}”不存在", $"No resource has the code \"{code}\""), context);

    private static string Actor(HttpContext context) => context.User.Identity?.Name ?? "anonymous";
}
