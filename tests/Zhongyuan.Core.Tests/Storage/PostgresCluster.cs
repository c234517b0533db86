using Npgsql;

namespace Zhongyuan.Tests.Storage;

/// <summary>
/// A throwaway PostgreSQL cluster for store tests: one per test process, created with
/// <c>initdb</c> in a temp directory and started with <c>pg_ctl</c> on a free loopback port the
/// first time a database is asked for. It is stopped and its directory deleted at process exit.
/// </summary>
/// <remarks>
/// Durability is off (<c>fsync</c>, <c>synchronous_commit</c>, <c>full_page_writes</c>): the data
/// is disposable and tests run faster. When the cluster cannot start, every call throws with the
/// server log; tests never skip silently. Set <c>ZY_PG_BIN</c> to use a particular bin directory.
/// </remarks>
public sealed class PostgresCluster
{
    private readonly Lazy<Task<string>> _adminConnectionString;

    private PostgresCluster() =>
        _adminConnectionString = new(() => Task.Run(StartAsync));

    /// <summary>The cluster shared by every test class in this process (started on first use).</summary>
    public static PostgresCluster Shared { get; } = new();

    /// <summary>
    /// Creates an empty database with a unique name and returns an Npgsql connection string for it
    /// (user <c>zy</c>, trust authentication, pooling on, error detail included).
    /// </summary>
    /// <param name="prefix">Start of the database name: lower-case ASCII letters, digits and
    /// underscores; <c>zy</c> when null. A unique suffix is appended.</param>
    /// <param name="cancellationToken">Cancels the <c>CREATE DATABASE</c>.</param>
    /// <exception cref="ArgumentException">The prefix holds other characters or is too long.</exception>
    /// <exception cref="InvalidOperationException">The cluster could not be started (message holds the log).</exception>
    public async Task<string> CreateDatabaseAsync(string? prefix = null, CancellationToken cancellationToken = default)
    {
        var name = PostgresDatabaseName.Create(prefix);
        var admin = await _adminConnectionString.Value.ConfigureAwait(false);
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        var server = PostgresServer.Create(PostgresBinaries.Locate());
        await server.InitializeAsync().ConfigureAwait(false);
        await server.StartAsync().ConfigureAwait(false);
        return ConnectionString(server.Port);
    }

    private static string ConnectionString(int port) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = PostgresServer.SuperUser,
        Database = "postgres",
        Pooling = true,
        // Many test databases each keep a pool; idle connections are closed soon so the cluster's limit is not reached.
        ConnectionIdleLifetime = 5,
        ConnectionPruningInterval = 1,
        IncludeErrorDetail = true,
    }.ConnectionString;
}
