using Microsoft.Extensions.Options;
using Zhongyuan.Crypto;
using Zhongyuan.Identity;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Pull;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Hosting;

/// <summary>
/// Prepares the platform before the server takes requests: migrates the database, opens (or rebuilds)
/// the search index, creates the three administrators (三员) on an empty platform and seeds the demo province.
/// </summary>
internal sealed class PlatformInitializer(IServiceProvider services, IOptions<ZhongyuanOptions> options, PlatformState state) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Migrator.Run(services.GetRequiredService<Database>());
        await services.GetRequiredService<KeyRing>().LoadAsync(cancellationToken).ConfigureAwait(false);
        // Secrets sealed by the pre-SM4 AES scheme (or under a retired data key) move to the newest SM4 data key.
        await services.GetRequiredService<PullSourceStore>().ResealAsync(cancellationToken).ConfigureAwait(false);
        await CleanDataPlaneAsync(cancellationToken).ConfigureAwait(false);
        await services.GetRequiredService<CatalogIndexHost>().OpenAsync(cancellationToken).ConfigureAwait(false);
        var hashing = services.GetRequiredService<IPasswordHashing>();
        state.Bootstrap = await services.GetRequiredService<IdentityStore>().BootstrapAsync(hashing.Hash, cancellationToken).ConfigureAwait(false);
        if (options.Value.Demo)
        {
            await DemoModule.SeedAsync(services, options.Value.DemoSeed, options.Value.DemoPersons, cancellationToken).ConfigureAwait(false);
        }
        if (state.Bootstrap is { } credentials && options.Value.PrintBootstrap)
        {
            StartupReport.PrintBootstrap(credentials);
        }
        state.Ready = true;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>No load survives a restart: mark interrupted jobs failed and remove their half-written files.</summary>
    private async Task CleanDataPlaneAsync(CancellationToken ct)
    {
        var store = services.GetRequiredService<DatasetStore>();
        await store.FailUnfinishedJobsAsync(ct).ConfigureAwait(false);
        await services.GetRequiredService<DataPlane>().CleanAsync(store, ct).ConfigureAwait(false);
    }
}
