using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhongyuan.Identity;
using Zhongyuan.Sharing;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// The claims an application key gives (<see cref="SharingClaims.Application"/>, department, <c>data:read</c>) for a
/// request with <c>X-Bench-App: id</c>, until application keys exist; other requests go to the token scheme.
/// </summary>
internal sealed class BenchApplicationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "BenchApp";
    public const string Header = "X-Bench-App";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[Header].ToString();
        var claims = new[] { new Claim(ClaimTypes.Name, "app-" + id), new Claim(SharingClaims.Application, id), new Claim("department", "5"), new Claim("scope", Scopes.DataRead) };
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName)));
    }
}
