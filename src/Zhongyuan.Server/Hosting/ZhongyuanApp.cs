using Scalar.AspNetCore;
using Zhongyuan.Server.Api;
using Zhongyuan.Server.Portal;
using Zhongyuan.Server.Security;
using Zhongyuan.Server.Sharing;

namespace Zhongyuan.Server.Hosting;

/// <summary>Builds the web application; used by <c>Program</c>, by <c>zy serve</c> and by tests.</summary>
public static class ZhongyuanApp
{
    /// <summary>Creates the application from command-line style arguments (<c>--Zhongyuan:DataDirectory=…</c>, <c>--urls=…</c>).</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddZhongyuan();
        var app = builder.Build();
        app.UseZhongyuan();
        return app;
    }

    /// <summary>Registers every module.</summary>
    public static void AddZhongyuan(this WebApplicationBuilder builder)
    {
        builder.AddZhongyuanStorage();
        builder.AddZhongyuanIngest();
        builder.AddZhongyuanAudit();
        builder.AddZhongyuanSharing();
        builder.AddZhongyuanDevelopers();
        builder.AddZhongyuanSecurity();
        builder.AddZhongyuanAccess();
        builder.AddZhongyuanSubscriptions();
        builder.AddZhongyuanCommunity();
        builder.AddZhongyuanUsage();
        builder.AddZhongyuanApi();
        builder.AddZhongyuanTelemetry();
    }

    /// <summary>Maps every feature.</summary>
    public static void UseZhongyuan(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseZhongyuanAudit();
        app.UseMiddleware<RejectBadTokens>();
        app.UseMiddleware<SessionGuard>();
        app.UseZhongyuanAccess();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs");
        app.MapPortal();
        app.MapHealth();
        app.MapRegions();
        app.MapDepartments();
        app.MapCatalog();
        app.MapCatalogExchange();
        app.MapData();
        app.MapTickets();
        app.MapQuality();
        app.MapAudit();
        app.MapKeys();
        app.MapSharing();
        app.MapDevelopers();
        app.MapAuth();
        app.MapIdentity();
        app.MapCkan();
        app.MapDcat();
        app.MapDataPackage();
        app.MapSubscriptions();
        app.MapCommunity();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.Lifetime.ApplicationStarted.Register(() => StartupReport.PrintListening(app));
    }
}
