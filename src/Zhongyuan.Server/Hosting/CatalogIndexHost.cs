using Microsoft.Extensions.Options;
using Zhongyuan.Catalog;
using Zhongyuan.Search;

namespace Zhongyuan.Server.Hosting;

/// <summary>
/// Holds the catalog index, opened by <see cref="PlatformInitializer"/> before the first request:
/// from the data directory, rebuilt from the database when missing or corrupt.
/// </summary>
internal sealed class CatalogIndexHost(IOptions<ZhongyuanOptions> options, ResourceStore store, ILogger<CatalogIndex> logger) : IDisposable
{
    private CatalogIndex? _index;

    public CatalogIndex Index => _index ?? throw new InvalidOperationException("The catalog index is opened at start-up, before requests are served.");

    public async Task OpenAsync(CancellationToken ct) =>
        _index = await CatalogIndex.OpenAsync(Path.Combine(options.Value.DataDirectory, "index", "catalog"),
            token => store.AllAsync(ct: token), logger, ct).ConfigureAwait(false);

    public void Dispose() => _index?.Dispose();
}
