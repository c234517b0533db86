using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Zhongyuan.Identity;
using Zhongyuan.Server.Api;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Security;

/// <summary>
/// Authenticates API tokens sent as <c>Authorization: Bearer zy_…</c>, or bare as CKAN clients send
/// them (<c>Authorization: zy_…</c>). Requests without a token are anonymous.
/// </summary>
internal sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IdentityStore identity)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";
    public const string ScopeClaim = "scope";

    /// <summary>The claim holding the user's department id, present only when the user belongs to one.</summary>
    public const string DepartmentClaim = "department";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : header.Trim();
        if (token.StartsWith(ApplicationStore.KeyPrefix, StringComparison.Ordinal))
        {
            return await AuthenticateApplicationAsync(token).ConfigureAwait(false);
        }
        var principal = await identity.AuthenticateAsync(token, Context.RequestAborted).ConfigureAwait(false);
        if (principal is null)
        {
            return AuthenticateResult.Fail("invalid_token");
        }
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, principal.User.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, principal.User.Username),
            new(ClaimTypes.Role, principal.User.Role.ToString()),
        };
        if (principal.User.DepartmentId is { } department)
        {
            claims.Add(new Claim(DepartmentClaim, department.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        claims.AddRange(principal.Scopes.Select(s => new Claim(ScopeClaim, s)));
        var identityClaims = new ClaimsIdentity(claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identityClaims), SchemeName));
    }

    /// <summary>
    /// An application key (<c>zya_…</c>) authenticates the application (应用), not a person: its id, its department, the
    /// name <c>app:&lt;id&gt;</c>, no role, and <c>data:read</c> only; what it may read is decided by its grants.
    /// </summary>
    private async Task<AuthenticateResult> AuthenticateApplicationAsync(string key)
    {
        var found = await Context.RequestServices.GetRequiredService<ApplicationStore>().AuthenticateAsync(key, Context.RequestAborted).ConfigureAwait(false);
        if (found is not { } app)
        {
            return AuthenticateResult.Fail("invalid_token");
        }
        var (application, department, keyId) = app;
        var id = application.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var claims = new List<Claim>
        {
            new(SharingClaims.Application, id),
            new(SharingClaims.ApplicationKey, keyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, "app:" + id),
            new(DepartmentClaim, department.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ScopeClaim, Scopes.DataRead),
        };
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failed = (await Context.AuthenticateAsync(SchemeName).ConfigureAwait(false)).Failure is not null;
        await ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized,
            failed ? "API 令牌无效、已过期或已被吊销" : "此操作需要 API 令牌（Authorization: Bearer zy_…）",
            failed ? "The API token is invalid, expired or revoked" : "This operation needs an API token (Authorization: Bearer zy_…)").ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden,
            "该 API 令牌没有执行此操作的权限", "The API token does not allow this operation");
}
