using DbUp;
using DbUp.Builder;
using Microsoft.Data.Sqlite;

namespace Zhongyuan.Storage;

/// <summary>Brings the control-plane schema up to date with DbUp, one script set per dialect.</summary>
public static class Migrator
{
    /// <summary>
    /// Runs the pending scripts of <c>Storage/Migrations/Sqlite</c> or <c>…/Postgres</c> in name order,
    /// creating the PostgreSQL database when it does not exist yet.
    /// </summary>
    /// <exception cref="InvalidOperationException">A script failed; the message names it.</exception>
    public static void Run(Database database)
    {
        var folder = database.Dialect == SqlDialect.Postgres ? ".Storage.Migrations.Postgres." : ".Storage.Migrations.Sqlite.";
        UpgradeEngineBuilder builder;
        if (database.Dialect == SqlDialect.Postgres)
        {
            EnsureDatabase.For.PostgresqlDatabase(database.ConnectionString, new DbUp.Engine.Output.NoOpUpgradeLog());
            builder = DeployChanges.To.PostgresqlDatabase(database.ConnectionString);
        }
        else
        {
            EnableWal(database.ConnectionString);
            builder = DeployChanges.To.SqliteDatabase(database.ConnectionString);
        }
        var result = builder
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.Contains(folder, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        }
    }

    private static void EnableWal(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
