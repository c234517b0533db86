using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Developers;
using Zhongyuan.Identity;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;
using Zhongyuan.Server.Sharing;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Api;

/// <summary>
/// The developer centre (开发者中心): anonymous sign-up of registered developers (signed in at once with a session
/// cookie), their applications for 有条件开放 resources, their keys and the usage of each key. The provider's data
/// stewards answer the applications with the share-request API (<c>/share-requests?role=provider</c>, approve, refuse).
/// </summary>
internal static class DeveloperEndpoints
{
    public static void MapDevelopers(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/developers").WithTags("developers");
        api.MapPost("", SignUp).AllowAnonymous()
            .WithSummary("注册开发者 Sign up as a developer (password policy applies); signs in with a session cookie");
        api.MapGet("/applications", Applications).RequireAuthorization().WithSummary("我的有条件开放申请 The developer's applications");
        api.MapPost("/applications", Apply).RequireAuthorization()
            .WithSummary("申请有条件开放资源 Apply for a 有条件开放 resource with a purpose; the provider's data steward answers");
        api.MapGet("/keys", Keys).RequireAuthorization().WithSummary("我的密钥 The developer's API keys (never the keys themselves)");
        api.MapPost("/keys", CreateKey).RequireAuthorization()
            .WithSummary("创建密钥 Create a key (zya_…, shown once) for an approved application: it reads only that resource");
        api.MapPost("/keys/{id:long}/revoke", RevokeKey).RequireAuthorization().WithSummary("吊销密钥 Revoke one of the developer's keys");
        api.MapGet("/usage", Usage).RequireAuthorization().WithSummary("密钥用量 Calls and rows per key per China day (days, default 30)");
    }

    private static async Task<Results<Created<AuthEndpoints.SessionBody>, ProblemHttpResult>> SignUp(DeveloperSignUp body, [FromServices] DeveloperService developers,
        [FromServices] SignInService signIn, [FromServices] SignUpThrottle throttle, HttpContext context, CancellationToken ct)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (!throttle.TryAcquire(ip))
        {
            context.Response.Headers.RetryAfter = "3600";
            var english = Lang.IsEnglish(context);
            Lang.MarkResponse(context, english);
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = english ? "Too many sign-ups from your address: try again in an hour" : "注册过于频繁，请一小时后再试",
            });
        }
        var outcome = await developers.SignUpAsync(body, ip, ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        // Signed in through the ordinary sign-in, so the session and its audit event are exactly a sign-in's.
        var result = await signIn.SignInAsync(outcome.Value.Username, body.Password!, ip, ct);
        var principal = SessionClaims.For(result.User!);
        await context.SignInAsync(SecurityModule.SessionScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return TypedResults.Created("/api/v1/auth/me", AuthEndpoints.SessionBody.From(outcome.Value, principal.CsrfToken(), context));
    }

    private static async Task<Results<Ok<IReadOnlyList<ShareRequest>>, ProblemHttpResult>> Applications([FromServices] DeveloperService developers,
        HttpContext context, CancellationToken ct) =>
        Developer(context) is { } actor ? TypedResults.Ok(await developers.ApplicationsAsync(actor.UserId, ct)) : DevelopersOnly(context);

    private static async Task<Results<Created<ShareRequest>, ProblemHttpResult>> Apply(DeveloperApplication body, [FromServices] DeveloperService developers,
        HttpContext context, CancellationToken ct)
    {
        if (Developer(context) is not { } actor)
        {
            return DevelopersOnly(context);
        }
        var outcome = await developers.ApplyAsync(body, actor, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/share-requests/{outcome.Value.Id}", outcome.Value)
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<IReadOnlyList<DeveloperKey>>, ProblemHttpResult>> Keys([FromServices] DeveloperService developers,
        HttpContext context, CancellationToken ct) =>
        Developer(context) is { } actor ? TypedResults.Ok(await developers.KeysAsync(actor.UserId, ct)) : DevelopersOnly(context);

    private static async Task<Results<Created<NewApplicationKey>, ProblemHttpResult>> CreateKey(DeveloperKeyRequest body, [FromServices] DeveloperService developers,
        HttpContext context, CancellationToken ct)
    {
        if (Developer(context) is not { } actor)
        {
            return DevelopersOnly(context);
        }
        var outcome = await developers.CreateKeyAsync(body.ApplicationId, body.Name, body.ExpiresAt, actor, ct);
        return outcome.Succeeded ? TypedResults.Created("/api/v1/developers/keys", outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<DeveloperKey>, ProblemHttpResult>> RevokeKey(long id, [FromServices] DeveloperService developers,
        HttpContext context, CancellationToken ct)
    {
        if (Developer(context) is not { } actor)
        {
            return DevelopersOnly(context);
        }
        var outcome = await developers.RevokeKeyAsync(id, actor, ct);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Value) : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<IReadOnlyList<KeyUsageDay>>, ProblemHttpResult>> Usage(int? days, [FromServices] DeveloperService developers,
        HttpContext context, CancellationToken ct) =>
        Developer(context) is { } actor ? TypedResults.Ok(await developers.UsageAsync(actor.UserId, days ?? 30, ct)) : DevelopersOnly(context);

    /// <summary>The caller when it is a person holding the Developer role (not an application key); else null.</summary>
    internal static IdentityActor? Developer(HttpContext context) =>
        context.User.ApplicationId() is null && context.User.UserId() is not null
            && context.User.FindFirstValue(ClaimTypes.Role) == nameof(Role.Developer) ? context.Actor() : null;

    private static ProblemHttpResult DevelopersOnly(HttpContext context) =>
        ProblemWriter.ToResult(Problem.Forbidden("只有注册开发者可以使用开发者中心", "Only registered developers may use the developer centre"), context);
}
