using Microsoft.Extensions.Options;
using Zhongyuan.Audit;
using Zhongyuan.Crypto;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Hosting;

/// <summary>Keys (master key, node key, key ring), the audit log and its readers, the request audit and retention.</summary>
internal static class AuditModule
{
    public static void AddZhongyuanAudit(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var audit = new AuditOptions();
        builder.Configuration.GetSection(AuditOptions.Section).Bind(audit);
        services.AddSingleton(audit);
        services.AddSingleton(sp => MasterKey.Open(DataDirectory(sp), builder.Configuration[MasterKey.EnvironmentVariable]));
        services.AddSingleton(sp => NodeKeys.Open(DataDirectory(sp)));
        services.AddSingleton<KeyRing>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<AuditRetention>();
        services.AddHostedService<AuditRetentionService>();
    }

    /// <summary>Every <c>/api/</c> request becomes an <c>http.request</c> audit event.</summary>
    public static void UseZhongyuanAudit(this WebApplication app) => app.UseMiddleware<AuditRequests>();

    private static string DataDirectory(IServiceProvider sp) => sp.GetRequiredService<IOptions<ZhongyuanOptions>>().Value.DataDirectory;

    /// <summary>Prunes the audit trail once a day (the first time an hour after start).</summary>
    private sealed class AuditRetentionService(AuditRetention retention, PlatformState state, TimeProvider time, ILogger<AuditRetentionService> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
            var next = time.GetUtcNow();
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!state.Ready || time.GetUtcNow() < next)
                {
                    continue;
                }
                next = time.GetUtcNow().AddDays(1);
                try
                {
                    var (anchor, removed) = await retention.PruneAsync(stoppingToken).ConfigureAwait(false);
                    if (anchor is not null)
                    {
                        logger.LogInformation("Audit retention removed {Removed} events up to the checkpoint at {Anchor}", removed, anchor);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Pruning the audit trail failed");
                }
            }
        }
    }
}
