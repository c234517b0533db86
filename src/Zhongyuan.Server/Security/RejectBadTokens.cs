using Microsoft.AspNetCore.Authentication;

namespace Zhongyuan.Server.Security;

/// <summary>
/// A request that sends a token must send a valid one, even to a public endpoint: silently treating a
/// revoked or mistyped token as anonymous would hide the mistake from the caller.
/// </summary>
internal sealed class RejectBadTokens(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(TokenAuthenticationHandler.SchemeName);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(TokenAuthenticationHandler.SchemeName);
            return;
        }
        await next(context);
    }
}
