using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Zhongyuan.Identity;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Server.Security;

/// <summary>
/// Authentication (API tokens for programs, cookie sessions for pages, chosen per request by a policy scheme), the
/// identity services, and one authorization policy per scope.
/// </summary>
internal static class SecurityModule
{
    /// <summary>The policy of the audit trail: the audit administrator (审计管理员) alone, whatever the token's scopes.</summary>
    public const string AuditPolicy = "audit";

    /// <summary>The policy of reading accounts: the system administrator (users:manage) or the security administrator (roles:manage).</summary>
    public const string UsersReadPolicy = "users:read";

    /// <summary>The default scheme: the token scheme when a token is sent or no session cookie is, the session otherwise.</summary>
    public const string DefaultScheme = "Zhongyuan";

    /// <summary>The cookie session scheme of the pages.</summary>
    public const string SessionScheme = "Session";

    /// <summary>The session cookie's name.</summary>
    public const string SessionCookie = "zy_session";

    public static void AddZhongyuanSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SecurityOptions>>().Value);
        services.AddSingleton<IPasswordHashing, AspNetPasswordHashing>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<SessionEvents>();
        services.AddAuthentication(DefaultScheme)
            .AddPolicyScheme(DefaultScheme, null, o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(SessionScheme);
        services.AddOptions<CookieAuthenticationOptions>(SessionScheme).Configure<SecurityOptions, TimeProvider>(ConfigureSession);
        // Session cookies survive restarts and work across replicas: the data-protection keys live in the data directory.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<ZhongyuanOptions>>((o, z) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(z.Value.DataDirectory, "data-protection")), NullLoggerFactory.Instance));
        AddPolicies(services);
    }

    private static void ConfigureSession(CookieAuthenticationOptions o, SecurityOptions security, TimeProvider time)
    {
        o.Cookie.Name = SessionCookie;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(Math.Max(1, security.IdleTimeoutMinutes));
        o.SlidingExpiration = true;
        o.TimeProvider = time;
        o.EventsType = typeof(SessionEvents);
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0 || !context.Request.Cookies.ContainsKey(SessionCookie)
            ? TokenAuthenticationHandler.SchemeName
            : SessionScheme;

    private static void AddPolicies(IServiceCollection services)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var scope in RoleScopes.Known)
        {
            authorization.AddPolicy(scope, p => p.RequireClaim(TokenAuthenticationHandler.ScopeClaim, scope));
        }
        authorization.AddPolicy(AuditPolicy, p => p.RequireRole(nameof(Role.AuditAdministrator)));
        authorization.AddPolicy(UsersReadPolicy, p => p.RequireAssertion(c =>
            c.User.HasScope(Scopes.UsersManage) || c.User.HasScope(Scopes.RolesManage)));
    }
}
