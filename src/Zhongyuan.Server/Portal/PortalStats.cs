using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Portal;

/// <summary>Figures the home page shows that the search index does not hold: one query over the dataset versions.</summary>
internal static class PortalStats
{
    private static readonly Lazy<string> Sql = new(() => Load("SelectDataStats"));

    /// <summary>Published resources that have data, and the rows of their current versions.</summary>
    public static async Task<(long WithData, long Rows)> DataAsync(Database database, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var row = await connection.QuerySingleAsync<StatsRow>(new CommandDefinition(Sql.Value, cancellationToken: ct));
        return (row.WithData, row.Rows);
    }

    private static string Load(string name)
    {
        using var stream = typeof(PortalStats).Assembly.GetManifestResourceStream($"Zhongyuan.Server.Portal.Sql.{name}.sql")
            ?? throw new InvalidOperationException($"No embedded SQL script named Portal/Sql/{name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed class StatsRow
    {
        public long WithData { get; set; }
        public long Rows { get; set; }
    }
}
