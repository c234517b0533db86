using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>The console's own read that no Core service offers: the department's recent loads (one query).</summary>
internal static class ConsoleQueries
{
    private static readonly Lazy<string> RecentLoadsSql = new(() => Load("SelectRecentLoads"));

    /// <summary>The five newest data versions of the department's resources, newest first.</summary>
    public static async Task<IReadOnlyList<ConsoleLoad>> RecentLoadsAsync(Database database, long department, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return [.. await connection.QueryAsync<ConsoleLoad>(new CommandDefinition(RecentLoadsSql.Value, new { Department = department }, cancellationToken: ct))];
    }

    private static string Load(string name)
    {
        using var stream = typeof(ConsoleQueries).Assembly.GetManifestResourceStream($"Zhongyuan.Server.Portal.Sql.{name}.sql")
            ?? throw new InvalidOperationException($"No embedded SQL script named Portal/Sql/{name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
