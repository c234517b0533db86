using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Identity;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Sign-in for pages (an HttpOnly, SameSite=Strict session cookie with an idle timeout and an anti-forgery token),
/// the caller's own account and password, and the caller's own API tokens.
/// </summary>
internal static partial class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("identity");
        auth.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("登录 Sign in with username and password: sets the session cookie, returns the anti-forgery token for X-ZY-CSRF");
        auth.MapPost("/logout", Logout).AllowAnonymous().WithSummary("退出登录 Sign out: ends the session cookie");
        auth.MapGet("/me", Me).RequireAuthorization().WithSummary("当前用户 The caller: account, role, scopes, and the session's anti-forgery token");
        auth.MapPost("/password", ChangePassword).RequireAuthorization()
            .WithSummary("修改密码 Change one's own password (the only call allowed while the initial password is unchanged)");
        auth.MapPost("/tokens", CreateToken).RequireAuthorization()
            .WithSummary("创建 API 令牌 Create an API token (scopes within the role's, expiry required): the secret is shown once");
        auth.MapGet("/tokens", ListTokens).RequireAuthorization().WithSummary("我的 API 令牌 The caller's tokens, never their secrets");
        auth.MapDelete("/tokens/{id:long}", RevokeToken).RequireAuthorization().WithSummary("吊销 API 令牌 Revoke one of the caller's tokens");
    }

    private static async Task<Results<Ok<SessionBody>, ProblemHttpResult>> Login(LoginRequest body, [FromServices] SignInService signIn,
        HttpContext context, CancellationToken ct)
    {
        var result = await signIn.SignInAsync(body.Username ?? "", body.Password ?? "", Ip(context), ct);
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                var principal = SessionClaims.For(result.User!);
                await context.SignInAsync(SecurityModule.SessionScheme, principal, new AuthenticationProperties { IsPersistent = false });
                return TypedResults.Ok(SessionBody.From(result.User!, principal.CsrfToken(), context));
            case SignInStatus.LockedOut:
                var minutes = (int)Math.Ceiling((result.LockedUntil!.Value - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalMinutes);
                context.Response.Headers.RetryAfter = (Math.Max(minutes, 1) * 60).ToString(CultureInfo.InvariantCulture);
                return Problem(context, StatusCodes.Status429TooManyRequests, "account_locked",
                    $"连续登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试", $"Too many failed sign-ins: the account is locked, try again in {minutes} minutes");
            default:
                return Problem(context, StatusCodes.Status401Unauthorized, "invalid_credentials", "用户名或密码错误", "Wrong username or password");
        }
    }

    private static async Task<NoContent> Logout([FromServices] IdentityStore store, [FromServices] SignInService signIn, HttpContext context, CancellationToken ct)
    {
        if (context.User.IsSession() && context.User.UserId() is { } id && await store.FindUserAsync(id, ct) is { } account)
        {
            signIn.SignedOut(account, Ip(context));
        }
        await context.SignOutAsync(SecurityModule.SessionScheme);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SessionBody>, ProblemHttpResult>> Me([FromServices] IdentityStore store, HttpContext context, CancellationToken ct) =>
        await store.FindUserAsync(context.Actor().UserId, ct) is { } account
            ? TypedResults.Ok(SessionBody.From(account, context.User.CsrfToken(), context))
            : Problem(context, StatusCodes.Status404NotFound, "user_not_found", "账户不存在", "The account no longer exists");

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePassword(ChangePasswordRequest body, [FromServices] SignInService signIn,
        HttpContext context, CancellationToken ct)
    {
        var outcome = await signIn.ChangePasswordAsync(context.Actor().UserId, body.Current, body.New, Ip(context), ct);
        if (!outcome.Succeeded)
        {
            return ProblemWriter.ToResult(outcome.Problem, context);
        }
        if (context.User.IsSession())
        {
            // The change ended every session of the account (new session version); this one continues under the new version.
            await context.SignInAsync(SecurityModule.SessionScheme, SessionClaims.For(outcome.Value, context.User.CsrfToken()),
                new AuthenticationProperties { IsPersistent = false });
        }
        return TypedResults.NoContent();
    }

    private static string? Ip(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();

    private static ProblemHttpResult Problem(HttpContext context, int status, string code, string zh, string en)
    {
        var english = Lang.IsEnglish(context);
        Lang.MarkResponse(context, english);
        var details = new ProblemDetails { Status = status, Title = english ? en : zh };
        details.Extensions["code"] = code;
        return TypedResults.Problem(details);
    }
}
