using System.Globalization;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Sharing.Access;

/// <summary>
/// Rows (and requests) each grant delivered per day in China (<see cref="ChinaDay"/>), table <c>grant_usage</c>: what
/// daily quotas are checked against. Adding is one atomic upsert, so replicas sharing one database count together.
/// </summary>
public sealed class GrantUsageStore(Database database)
{
    /// <summary>Rows delivered under the grant on <paramref name="day"/>; 0 when none.</summary>
    public async Task<long> RowsAsync(long grantId, DateOnly day, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long?>(new CommandDefinition(database.Sql("Sharing/Access/Sql/SelectUsage"),
            new { GrantId = grantId, Day = Text(day) }, cancellationToken: ct)).ConfigureAwait(false) ?? 0;
    }

    /// <summary>Counts one request that delivered <paramref name="rows"/> rows under the grant on <paramref name="day"/>.</summary>
    public async Task AddAsync(long grantId, DateOnly day, long rows, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Access/Sql/AddUsage"),
            new { GrantId = grantId, Day = Text(day), Rows = rows, UpdatedAt = at }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
