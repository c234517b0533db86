using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhongyuan.Identity;
using Zhongyuan.Sharing;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// Authenticates a request with the header <c>X-Test-App: id,department</c> as that application, with the claims an
/// application key gives (<see cref="SharingClaims.Application"/>, department, <c>data:read</c>); every other request
/// is forwarded to the server's token scheme.
/// </summary>
internal sealed class TestApplicationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TestApp";
    public const string Header = "X-Test-App";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var parts = Request.Headers[Header].ToString().Split(',');
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, "app-" + parts[0]),
            new(SharingClaims.Application, parts[0]),
            new("scope", Scopes.DataRead),
        };
        if (parts.Length > 1)
        {
            claims.Add(new Claim("department", parts[1]));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName)));
    }
}
