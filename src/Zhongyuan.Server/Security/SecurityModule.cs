using Microsoft.AspNetCore.Authentication;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Security;

/// <summary>Token authentication and one authorization policy per scope.</summary>
internal static class SecurityModule
{
    /// <summary>The policy of the audit trail: the audit administrator (审计管理员) alone, whatever the token's scopes.</summary>
    public const string AuditPolicy = "audit";

    public static void AddZhongyuanSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Scopes.CatalogRead, p => p.RequireClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.CatalogRead))
            .AddPolicy(Scopes.CatalogWrite, p => p.RequireClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.CatalogWrite))
            .AddPolicy(Scopes.DataRead, p => p.RequireClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.DataRead))
            .AddPolicy(Scopes.DataWrite, p => p.RequireClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.DataWrite))
            .AddPolicy(Scopes.Admin, p => p.RequireClaim(TokenAuthenticationHandler.ScopeClaim, Scopes.Admin))
            .AddPolicy(AuditPolicy, p => p.RequireRole(nameof(Role.AuditAdministrator)));
    }
}
