using System.Globalization;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Developers;

/// <summary>
/// Calls and rows per application key per China day (table <c>key_usage</c>), counted by the data paths beside the
/// grant's own usage: one atomic upsert per request, so replicas count together.
/// </summary>
public sealed class KeyUsageStore(Database database)
{
    /// <summary>Counts one data call by the key that delivered <paramref name="rows"/> rows on <paramref name="day"/>.</summary>
    public async Task AddAsync(long keyId, DateOnly day, long rows, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Developers/Sql/AddKeyUsage"),
            new { KeyId = keyId, Day = Text(day), Rows = rows, UpdatedAt = at }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The usage of every key of the developer's applications from <paramref name="since"/> on, newest day first.</summary>
    public async Task<IReadOnlyList<KeyUsageDay>> ForOwnerAsync(long ownerUserId, DateOnly since, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<KeyUsageDay>(new CommandDefinition(database.Sql("Developers/Sql/SelectOwnedKeyUsage"),
            new { OwnerUserId = ownerUserId, Since = Text(since) }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows];
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
