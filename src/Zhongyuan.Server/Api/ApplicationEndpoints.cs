using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Problems;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Applications (应用) and their keys. A department's members list its applications; its data stewards
/// (<c>data:write</c>) and administrators register, change, delete them and create or revoke keys.
/// </summary>
internal static class ApplicationEndpoints
{
    public static void MapApplications(this RouteGroupBuilder api)
    {
        api.MapGet("/applications", List).WithSummary("应用列表 A department's applications (default the caller's)");
        api.MapPost("/applications", Create).WithSummary("登记应用 Register an application of a department");
        api.MapGet("/applications/{id:long}", Get).WithSummary("应用 An application");
        api.MapPut("/applications/{id:long}", Update).WithSummary("修改应用 Change name, description, contact, enabled");
        api.MapDelete("/applications/{id:long}", Delete).WithSummary("删除应用 Delete an application that never requested data");
        api.MapGet("/applications/{id:long}/keys", Keys).WithSummary("应用密钥 An application's keys (never the keys themselves)");
        api.MapPost("/applications/{id:long}/keys", CreateKey).WithSummary("创建应用密钥 Create a key, shown once (zya_…)");
        api.MapPost("/applications/{id:long}/keys/{keyId:long}/revoke", RevokeKey).WithSummary("吊销应用密钥 Revoke a key");
    }

    private static async Task<Results<Ok<IReadOnlyList<Application>>, ProblemHttpResult>> List(long? department, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.ListAsync(department, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Created<Application>, ProblemHttpResult>> Create(ApplicationRequest body, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct)
    {
        var actor = SharingCaller.Actor(context);
        var department = body.DepartmentId ?? actor.DepartmentId;
        if (department is null)
        {
            return ProblemWriter.ToResult(Problem.Invalid([Catalog.FieldError.Of("departmentId", "required", "请指定应用所属部门", "Name the application's department")]), context);
        }
        var outcome = await service.CreateAsync(department.Value, Input(body), actor, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/applications/{outcome.Value.Id}", outcome.Value)
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<Application>, ProblemHttpResult>> Get(long id, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.FindAsync(id, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<Application>, ProblemHttpResult>> Update(long id, ApplicationRequest body, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.UpdateAsync(id, Input(body), SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<Application>, ProblemHttpResult>> Delete(long id, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.DeleteAsync(id, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Ok<IReadOnlyList<ApplicationKey>>, ProblemHttpResult>> Keys(long id, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.KeysAsync(id, SharingCaller.Actor(context), ct), context);

    private static async Task<Results<Created<NewApplicationKey>, ProblemHttpResult>> CreateKey(long id, ApplicationKeyRequest? body,
        [FromServices] ApplicationService service, HttpContext context, CancellationToken ct)
    {
        var outcome = await service.CreateKeyAsync(id, body?.Name, body?.ExpiresAt, SharingCaller.Actor(context), ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/applications/{id}/keys", outcome.Value)
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<ApplicationKey>, ProblemHttpResult>> RevokeKey(long id, long keyId, [FromServices] ApplicationService service,
        HttpContext context, CancellationToken ct) =>
        Answer(await service.RevokeKeyAsync(id, keyId, SharingCaller.Actor(context), ct), context);

    private static ApplicationInput Input(ApplicationRequest body) => new(body.Name, body.Description, body.Contact, body.Enabled);

    private static Results<Ok<T>, ProblemHttpResult> Answer<T>(Outcome<T> outcome, HttpContext context) =>
        outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
}
