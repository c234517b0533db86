using Microsoft.Extensions.Options;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Server.Hosting;

/// <summary>The data plane, the load pipeline and its background worker.</summary>
internal static class IngestModule
{
    public static void AddZhongyuanIngest(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new DataPlane(sp.GetRequiredService<IOptions<ZhongyuanOptions>>().Value.DataDirectory));
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<Governance.Quality.QualityStore>();
        services.AddSingleton<Governance.Quality.QualityService>();
        services.AddSingleton<LoadPipeline>();
        services.AddSingleton<LoadJobRunner>();
        services.AddHostedService<LoadWorker>();
        services.AddSingleton<PullSourceStore>();
        services.AddSingleton<PullRunner>();
        services.AddHostedService<PullScheduler>();
    }

    /// <summary>Runs queued loads until the server stops.</summary>
    private sealed class LoadWorker(LoadJobRunner runner) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => runner.RunAsync(stoppingToken);
    }

    /// <summary>Runs due pull sources every 30 seconds; a source's runs follow its resource's update cycle.</summary>
    private sealed class PullScheduler(PullRunner runner, TimeProvider time, ILogger<PullScheduler> logger) : BackgroundService
    {
        private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(Tick, time);
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await runner.RunDueAsync(time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One bad tick (database away, a master key that no longer opens the secrets) must not stop the schedule.
                    logger.LogError(e, "Running due pull sources failed");
                }
            }
        }
    }
}
