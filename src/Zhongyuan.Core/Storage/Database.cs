using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhongyuan.Storage;

/// <summary>
/// The control-plane database: a SQLite file in the data directory or a PostgreSQL server. Opens
/// connections and hands out the SQL text for its dialect; stores take it as their only dependency.
/// </summary>
public sealed class Database : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;

    private Database(SqlDialect dialect, string connectionString)
    {
        DapperSetup.EnsureRegistered();
        Dialect = dialect;
        ConnectionString = connectionString;
        if (dialect == SqlDialect.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(connectionString);
        }
    }

    /// <summary>The engine.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The ADO.NET connection string (never logged: it may hold a password).</summary>
    public string ConnectionString { get; }

    /// <summary>A SQLite database in a file, created when missing; WAL mode is set by the migrator.</summary>
    public static Database Sqlite(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        return new Database(SqlDialect.Sqlite, builder.ToString());
    }

    /// <summary>
    /// A PostgreSQL database from a URL (<c>postgres://user:password@host:port/db?sslmode=require</c>) or an
    /// Npgsql connection string (<c>Host=…;Database=…</c>).
    /// </summary>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static Database Postgres(string urlOrConnectionString) =>
        new(SqlDialect.Postgres, PostgresUrl.ToConnectionString(urlOrConnectionString));

    /// <summary>
    /// The database for the <c>--database</c> option: PostgreSQL when given, else SQLite at
    /// <c>zhongyuan.db</c> in <paramref name="dataDirectory"/>.
    /// </summary>
    public static Database FromOption(string? database, string dataDirectory) =>
        string.IsNullOrWhiteSpace(database)
            ? Sqlite(Path.Combine(dataDirectory, "zhongyuan.db"))
            : Postgres(database);

    /// <summary>Opens a connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(ct).ConfigureAwait(false);
        }
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return connection;
    }

    /// <summary>The SQL text of a named script for this dialect; see <see cref="SqlScripts"/>.</summary>
    public string Sql(string name) => SqlScripts.Get(name, Dialect);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }
    }
}
