using System.Collections.Concurrent;
using Dapper;
using Zhongyuan.Sharing.Access;
using Zhongyuan.Storage;

namespace Zhongyuan.OpenData.Usage;

/// <summary>
/// Counts data API calls and downloads per resource and China day (UTC+8). Counting is a dictionary increment on the
/// request's thread; <see cref="FlushAsync"/> (every few seconds from the server, and at shutdown) adds the counts to
/// <c>resource_usage</c> in one transaction, so busy endpoints never wait on a database write. Counts not yet flushed
/// when the process is killed are lost: these are public usage figures, not metering (quotas use grant_usage).
/// </summary>
public sealed class UsageMeter(Database database, TimeProvider time)
{
    private ConcurrentDictionary<(string Code, DateOnly Day), Counts> _pending = new();

    /// <summary>Counts one use of <paramref name="code"/>'s data now.</summary>
    public void Count(string code, UsageKind kind)
    {
        ArgumentNullException.ThrowIfNull(code);
        var counts = _pending.GetOrAdd((code, ChinaDay.Of(time.GetUtcNow())), _ => new Counts());
        if (kind == UsageKind.Download)
        {
            Interlocked.Increment(ref counts.Downloads);
        }
        else
        {
            Interlocked.Increment(ref counts.ApiCalls);
        }
    }

    /// <summary>Writes the counts gathered since the last flush; returns how many (resource, day) rows it wrote.</summary>
    public async Task<int> FlushAsync(CancellationToken ct = default)
    {
        var taken = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<(string Code, DateOnly Day), Counts>());
        if (taken.IsEmpty)
        {
            return 0;
        }
        var rows = taken.Select(p => new
        {
            p.Key.Code,
            Day = p.Key.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ApiCalls = Volatile.Read(ref p.Value.ApiCalls),
            Downloads = Volatile.Read(ref p.Value.Downloads),
        }).ToList();
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("OpenData/Sql/UpsertResourceUsage"), rows, tx, cancellationToken: ct)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return rows.Count;
    }

    /// <summary>Totals since <paramref name="since"/> (a China day; null for all time) of one resource, or of all when <paramref name="code"/> is null.</summary>
    public async Task<ResourceUsage> TotalsAsync(string? code = null, DateOnly? since = null, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QuerySingleAsync<Totals>(new CommandDefinition(database.Sql("OpenData/Sql/SelectUsageTotals"),
            new { Code = code, Since = Day(since) }, cancellationToken: ct)).ConfigureAwait(false);
        return new ResourceUsage(code ?? "", "", row.ApiCalls, row.Downloads);
    }

    /// <summary>The published resources most used since <paramref name="since"/>, by calls plus downloads.</summary>
    public async Task<IReadOnlyList<ResourceUsage>> MostUsedAsync(DateOnly since, int limit, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Top>(new CommandDefinition(database.Sql("OpenData/Sql/SelectMostUsed"),
            new { Since = Day(since), Limit = limit }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new ResourceUsage(r.Code, r.Name, r.ApiCalls, r.Downloads))];
    }

    /// <summary>The China day <paramref name="days"/> days before today (the start of a "last N days" window).</summary>
    public DateOnly DaysAgo(int days) => ChinaDay.Of(time.GetUtcNow()).AddDays(-days);

    private static string Day(DateOnly? day) => (day ?? DateOnly.MinValue).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Counts
    {
        public long ApiCalls;
        public long Downloads;
    }

    private sealed class Totals
    {
        public long ApiCalls { get; set; }
        public long Downloads { get; set; }
    }

    private sealed class Top
    {
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public long ApiCalls { get; set; }
        public long Downloads { get; set; }
    }
}
