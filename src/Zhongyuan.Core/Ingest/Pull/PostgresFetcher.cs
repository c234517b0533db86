using System.Text;
using Npgsql;
using Zhongyuan.Storage;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// Runs a PostgreSQL pull source's query in a read-only transaction and streams its result as CSV with a header
/// (<c>COPY (…) TO STDOUT</c>, the server's fast path) into the job's staging directory.
/// </summary>
internal static class PostgresFetcher
{
    /// <summary>The longest a query may run.</summary>
    public static readonly TimeSpan StatementTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Writes <c>source.csv</c> in <paramref name="directory"/> and returns its path.</summary>
    /// <exception cref="PullFetchException">The database could not be reached or the query failed.</exception>
    public static async Task<string> FetchAsync(PullSource source, string directory, CancellationToken ct)
    {
        var path = Path.Combine(directory, "source.csv");
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString(source.Connection!));
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (var setup = new NpgsqlCommand(
                $"SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = {(long)StatementTimeout.TotalMilliseconds}", connection, transaction))
            {
                await setup.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            // Npgsql's raw copy is binary only; the text export decodes the server's UTF-8 and it is written back as UTF-8.
            using (var copy = await connection.BeginTextExportAsync($"COPY ({source.Query}) TO STDOUT WITH (FORMAT csv, HEADER)", ct).ConfigureAwait(false))
            await using (var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20))
            {
                var buffer = new char[1 << 16];
                int read;
                while ((read = await copy.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
                }
            }
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return path;
        }
        catch (PostgresException e)
        {
            throw new PullFetchException($"源数据库执行查询失败（{e.SqlState}）：{e.MessageText}", $"The source database refused the query ({e.SqlState}): {e.MessageText}", e);
        }
        catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
        {
            throw new PullFetchException($"无法从源数据库读取数据：{e.Message}", $"Could not read from the source database: {e.Message}", e);
        }
    }

    private static string ConnectionString(string configured) => new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(configured))
    {
        Timeout = 30,
        CommandTimeout = (int)StatementTimeout.TotalSeconds + 60,
        ApplicationName = "zhongyuan-pull",
        Pooling = false,
    }.ConnectionString;
}
