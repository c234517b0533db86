using Microsoft.Extensions.Options;
using Zhongyuan.Ingest;

namespace Zhongyuan.Server.Hosting;

/// <summary>The data plane, the load pipeline and its background worker.</summary>
internal static class IngestModule
{
    public static void AddZhongyuanIngest(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => new DataPlane(sp.GetRequiredService<IOptions<ZhongyuanOptions>>().Value.DataDirectory));
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<LoadPipeline>();
        services.AddSingleton<LoadJobRunner>();
        services.AddHostedService<LoadWorker>();
    }

    /// <summary>Runs queued loads until the server stops.</summary>
    private sealed class LoadWorker(LoadJobRunner runner) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => runner.RunAsync(stoppingToken);
    }
}
