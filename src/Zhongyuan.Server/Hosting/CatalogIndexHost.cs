using Microsoft.Extensions.Options;
using Zhongyuan.Catalog;
using Zhongyuan.Search;

namespace Zhongyuan.Server.Hosting;

/// <summary>
/// Holds the catalog index, opened by <see cref="PlatformInitializer"/> before the first request:
/// from the data directory, rebuilt from the database when missing, corrupt, or behind it.
/// </summary>
internal sealed class CatalogIndexHost(IOptions<ZhongyuanOptions> options, ResourceStore store, ILogger<CatalogIndex> logger) : IDisposable
{
    private static readonly IReadOnlySet<string> AllStatuses =
        Enum.GetValues<ResourceStatus>().Select(s => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.ToString())).ToHashSet(StringComparer.Ordinal);

    private CatalogIndex? _index;

    /// <summary>Whether start-up found the index behind the database and rebuilt it.</summary>
    public bool CaughtUp { get; private set; }

    public CatalogIndex Index => _index ?? throw new InvalidOperationException("The catalog index is opened at start-up, before requests are served.");

    public async Task OpenAsync(CancellationToken ct)
    {
        _index = await CatalogIndex.OpenAsync(Path.Combine(options.Value.DataDirectory, "index", "catalog"),
            token => store.AllAsync(ct: token), logger, ct).ConfigureAwait(false);
        if (!_index.WasRebuilt && await IsBehindAsync(_index, ct).ConfigureAwait(false))
        {
            logger.LogWarning("The catalog search index is behind the database (the server stopped between a change and its indexing); rebuilding it");
            _index.Rebuild(await store.AllAsync(ct: ct).ToListAsync(ct).ConfigureAwait(false));
            CaughtUp = true;
        }
    }

    /// <summary>
    /// The index is updated right after each database commit, so a crash in between leaves it missing the
    /// latest change: compare the number of entries and the newest change time with the database.
    /// </summary>
    private async Task<bool> IsBehindAsync(CatalogIndex index, CancellationToken ct)
    {
        var (count, lastUpdated) = await store.StatsAsync(ct).ConfigureAwait(false);
        var newest = index.Search(new CatalogSearch { Statuses = AllStatuses, Sort = SearchSort.Date, PageSize = 1 }).Hits;
        return index.Count != count || (newest.Count > 0 ? newest[0].Resource.UpdatedAt : (DateTimeOffset?)null) != lastUpdated;
    }

    public void Dispose() => _index?.Dispose();
}
