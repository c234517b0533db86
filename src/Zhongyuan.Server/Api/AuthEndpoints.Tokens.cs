using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Identity;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>The caller's own API tokens.</summary>
internal static partial class AuthEndpoints
{
    private static async Task<Results<Created<CreatedTokenBody>, ProblemHttpResult>> CreateToken(CreateTokenRequest body, [FromServices] ApiTokens tokens,
        HttpContext context, CancellationToken ct)
    {
        // A token may only mint tokens within its own scopes; a session within its role's.
        var callerScopes = context.User.IsSession()
            ? null
            : context.User.FindAll(TokenAuthenticationHandler.ScopeClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var outcome = await tokens.CreateAsync(context.Actor(), callerScopes, body.Name, body.Scopes, body.ExpiresInDays, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/auth/tokens/{outcome.Value.Token.Id}", new CreatedTokenBody(TokenBody.From(outcome.Value.Token), outcome.Value.Secret))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Ok<List<TokenBody>>> ListTokens([FromServices] ApiTokens tokens, HttpContext context, CancellationToken ct) =>
        TypedResults.Ok((await tokens.ListAsync(context.Actor().UserId, ct)).Select(TokenBody.From).ToList());

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(long id, [FromServices] ApiTokens tokens, HttpContext context, CancellationToken ct) =>
        await tokens.RevokeAsync(context.Actor(), id, ct)
            ? TypedResults.NoContent()
            : Problem(context, StatusCodes.Status404NotFound, "token_not_found", $"没有编号为 {id} 的有效令牌", $"You have no active token with the id {id}");

    /// <summary>Sign-in request.</summary>
    internal sealed record LoginRequest(string? Username, string? Password);

    /// <summary>Password change: the current password and the new one.</summary>
    internal sealed record ChangePasswordRequest(string? Current, string? New);

    /// <summary>A token to create: its name, scopes (space-free strings such as <c>catalog:read</c>) and lifetime in days (1 to 365).</summary>
    internal sealed record CreateTokenRequest(string? Name, IReadOnlyList<string>? Scopes, int? ExpiresInDays);

    /// <summary>A token as listed.</summary>
    internal sealed record TokenBody(long Id, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt)
    {
        public static TokenBody From(ApiToken t) => new(t.Id, t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt);
    }

    /// <summary>A token just created, with its secret (shown this once).</summary>
    internal sealed record CreatedTokenBody(TokenBody Token, string Secret);

    /// <summary>The caller: the account, role, scopes, and for a cookie session the anti-forgery token to send as <c>X-ZY-CSRF</c>.</summary>
    internal sealed record SessionBody(IdentityEndpoints.UserBody User, IReadOnlyList<string> Scopes, bool MustChangePassword, string? CsrfToken, string AuthenticatedBy)
    {
        public static SessionBody From(UserAccount account, string? csrf, HttpContext context) => new(
            IdentityEndpoints.UserBody.From(account, Lang.IsEnglish(context)),
            csrf is not null ? [.. RoleScopes.Order(RoleScopes.Allowed(account.Role))] : [.. RoleScopes.Order(context.User.FindAll(TokenAuthenticationHandler.ScopeClaim).Select(c => c.Value))],
            account.MustChangePassword, csrf, csrf is not null ? "session" : "token");
    }
}
