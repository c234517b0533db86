using Zhongyuan.Storage;

namespace Zhongyuan.Tests.Storage;

/// <summary>Migrated throwaway databases of either engine, so one store test body runs on both.</summary>
public static class TestDatabases
{
    /// <summary>The engines every store test runs against.</summary>
    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    /// <summary>A fresh, migrated database of the named engine.</summary>
    internal static async Task<Database> CreateAsync(string engine, string prefix = "store")
    {
        var database = engine switch
        {
            "sqlite" => Database.Sqlite(Path.Combine(Directory.CreateTempSubdirectory("zy-test-").FullName, "zhongyuan.db")),
            "postgres" => Database.Postgres(await PostgresCluster.Shared.CreateDatabaseAsync(prefix)),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Unknown engine."),
        };
        Migrator.Run(database);
        return database;
    }
}
