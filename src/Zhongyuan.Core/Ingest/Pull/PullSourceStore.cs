using System.Globalization;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// The <c>pull_sources</c> rows, one per resource at most. Secrets are sealed with <see cref="SecretBox"/> on the way in
/// and opened on the way out, so the database never holds them in plain text.
/// </summary>
public sealed class PullSourceStore(Database database, SecretBox secrets)
{
    /// <summary>Creates or replaces the resource's source (its run history is kept); false when the resource does not exist.</summary>
    public async Task<bool> SaveAsync(PullSource source, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Pull/Sql/Upsert"), new
        {
            source.ResourceCode, Kind = source.Kind.ToString(), Connection = Seal(source.Connection), source.Query, source.Url,
            source.HeaderName, HeaderValue = Seal(source.HeaderValue), source.Enabled, source.NextRunAt, source.UpdatedBy, source.UpdatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    /// <summary>The resource's source, or null.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The secrets were sealed under another master key.</exception>
    public async Task<PullSource?> FindAsync(string resourceCode, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Ingest/Pull/Sql/Select") + " WHERE r.code = @Code", new { Code = resourceCode }, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : ToSource(row);
    }

    /// <summary>Every enabled source the scheduler may run (whether due or not).</summary>
    public async Task<IReadOnlyList<PullSource>> ScheduledAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            database.Sql("Ingest/Pull/Sql/Select") + " WHERE p.enabled = @Enabled AND p.next_run_at IS NOT NULL ORDER BY p.next_run_at",
            new { Enabled = true }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(ToSource)];
    }

    /// <summary>Removes the resource's source; false when it had none.</summary>
    public async Task<bool> DeleteAsync(string resourceCode, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Pull/Sql/Delete"), new { ResourceCode = resourceCode }, cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    /// <summary>Records a run: when it happened, its job, and when the scheduler runs the source next (null: on demand only).</summary>
    public async Task MarkRunAsync(string resourceCode, DateTimeOffset lastRunAt, DateTimeOffset? nextRunAt, string jobId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Pull/Sql/MarkRun"),
            new { ResourceCode = resourceCode, LastRunAt = lastRunAt, NextRunAt = nextRunAt, LastJobId = jobId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private string? Seal(string? secret) => secret is null ? null : secrets.Encrypt(secret);

    private PullSource ToSource(Row r) => new()
    {
        ResourceCode = r.ResourceCode, Kind = Enum.Parse<PullKind>(r.Kind), Connection = r.Connection is null ? null : secrets.Decrypt(r.Connection),
        Query = r.Query, Url = r.Url, HeaderName = r.HeaderName, HeaderValue = r.HeaderValue is null ? null : secrets.Decrypt(r.HeaderValue),
        Enabled = Convert.ToBoolean(r.Enabled, CultureInfo.InvariantCulture), LastRunAt = r.LastRunAt, NextRunAt = r.NextRunAt,
        LastJobId = r.LastJobId, UpdatedBy = r.UpdatedBy, UpdatedAt = r.UpdatedAt,
    };

    private sealed class Row
    {
        public string ResourceCode { get; set; } = "";
        public string Kind { get; set; } = "";
        public string? Connection { get; set; }
        public string? Query { get; set; }
        public string? Url { get; set; }
        public string? HeaderName { get; set; }
        public string? HeaderValue { get; set; }

        // SQLite returns an integer, PostgreSQL a boolean.
        public object Enabled { get; set; } = false;
        public DateTimeOffset? LastRunAt { get; set; }
        public DateTimeOffset? NextRunAt { get; set; }
        public string? LastJobId { get; set; }
        public string UpdatedBy { get; set; } = "";
        public DateTimeOffset UpdatedAt { get; set; }
    }
}
