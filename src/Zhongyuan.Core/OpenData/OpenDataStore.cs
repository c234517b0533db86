using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.OpenData;

/// <summary>Reads for the open-data APIs that would otherwise cost one query per resource.</summary>
public sealed class OpenDataStore(Database database)
{
    /// <summary>The current dataset version of each of <paramref name="codes"/> that has data (all such resources when null), by code.</summary>
    public async Task<IReadOnlyDictionary<string, CurrentData>> CurrentDataAsync(IReadOnlyCollection<string>? codes, CancellationToken ct = default)
    {
        if (codes is { Count: 0 })
        {
            return new Dictionary<string, CurrentData>(StringComparer.Ordinal);
        }
        var sql = database.Sql("OpenData/Sql/SelectCurrentData") + (codes is null ? "" : " AND r.code IN @Codes");
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, new { Codes = codes?.ToArray() }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Code, r => new CurrentData(r.Code, r.Version, r.RowCount, r.Bytes, r.LoadedAt), StringComparer.Ordinal);
    }

    private sealed class Row
    {
        public string Code { get; set; } = "";
        public int Version { get; set; }
        public long RowCount { get; set; }
        public long Bytes { get; set; }
        public DateTimeOffset LoadedAt { get; set; }
    }
}
