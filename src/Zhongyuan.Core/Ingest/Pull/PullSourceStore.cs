using System.Globalization;
using Dapper;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// The <c>pull_sources</c> rows, one per resource at most. Secrets are sealed with the <see cref="KeyRing"/> (SM4-GCM,
/// <c>sm4:</c> envelopes) on the way in and opened on the way out, so the database never holds them in plain text.
/// Values sealed by the pre-SM4 AES scheme (<c>v1:</c>) still open, and <see cref="ResealAsync"/> moves them (and values
/// under retired data keys) to the newest data key.
/// </summary>
public sealed class PullSourceStore(Database database, KeyRing secrets)
{
    private const string ConnectionPurpose = "pull-source.connection";
    private const string HeaderPurpose = "pull-source.header";

    /// <summary>Creates or replaces the resource's source (its run history is kept); false when the resource does not exist.</summary>
    public async Task<bool> SaveAsync(PullSource source, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Pull/Sql/Upsert"), new
        {
            source.ResourceCode, Kind = source.Kind.ToString(), Connection = Seal(source.Connection, ConnectionPurpose), source.Query, source.Url,
            source.HeaderName, HeaderValue = Seal(source.HeaderValue, HeaderPurpose), source.Enabled, source.NextRunAt, source.UpdatedBy, source.UpdatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    /// <summary>The resource's source, or null.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The secrets were sealed under another master key.</exception>
    public async Task<PullSource?> FindAsync(string resourceCode, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Ingest/Pull/Sql/Select") + " WHERE r.code = @Code", new { Code = resourceCode }, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : await ToSourceAsync(row, ct).ConfigureAwait(false);
    }

    /// <summary>Every enabled source the scheduler may run (whether due or not).</summary>
    public async Task<IReadOnlyList<PullSource>> ScheduledAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            database.Sql("Ingest/Pull/Sql/Select") + " WHERE p.enabled = @Enabled AND p.next_run_at IS NOT NULL ORDER BY p.next_run_at",
            new { Enabled = true }, cancellationToken: ct)).ConfigureAwait(false);
        var sources = new List<PullSource>();
        foreach (var row in rows)
        {
            sources.Add(await ToSourceAsync(row, ct).ConfigureAwait(false));
        }
        return sources;
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

    /// <summary>
    /// Re-encrypts every stored secret that is sealed by the pre-SM4 AES scheme or under a retired data key with the
    /// newest data key; returns how many sources changed. Run at start and after <see cref="KeyRing.RotateAsync"/>;
    /// a row edited meanwhile is left for the next run.
    /// </summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">A secret cannot be opened with the master key.</exception>
    public async Task<int> ResealAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<SecretRow>(new CommandDefinition(database.Sql("Ingest/Pull/Sql/SelectSecrets"), cancellationToken: ct)).ConfigureAwait(false);
        var changed = 0;
        foreach (var row in rows.Where(r => (r.Connection is { } a && secrets.NeedsReseal(a)) || (r.HeaderValue is { } b && secrets.NeedsReseal(b))))
        {
            changed += await c.ExecuteAsync(new CommandDefinition(database.Sql("Ingest/Pull/Sql/UpdateSecrets"), new
            {
                row.ResourceId, OldConnection = row.Connection, OldHeaderValue = row.HeaderValue,
                Connection = row.Connection is null ? null : secrets.Reseal(row.Connection, ConnectionPurpose),
                HeaderValue = row.HeaderValue is null ? null : secrets.Reseal(row.HeaderValue, HeaderPurpose),
            }, cancellationToken: ct)).ConfigureAwait(false);
        }
        return changed;
    }

    private string? Seal(string? secret, string purpose) => secret is null ? null : secrets.EncryptText(secret, purpose);

    private async Task<string?> OpenAsync(string? text, string purpose, CancellationToken ct) =>
        text is null ? null : await secrets.DecryptTextAsync(text, purpose, ct).ConfigureAwait(false);

    private async Task<PullSource> ToSourceAsync(Row r, CancellationToken ct) => new()
    {
        ResourceCode = r.ResourceCode, Kind = Enum.Parse<PullKind>(r.Kind), Connection = await OpenAsync(r.Connection, ConnectionPurpose, ct).ConfigureAwait(false),
        Query = r.Query, Url = r.Url, HeaderName = r.HeaderName, HeaderValue = await OpenAsync(r.HeaderValue, HeaderPurpose, ct).ConfigureAwait(false),
        Enabled = Convert.ToBoolean(r.Enabled, CultureInfo.InvariantCulture), LastRunAt = r.LastRunAt, NextRunAt = r.NextRunAt,
        LastJobId = r.LastJobId, UpdatedBy = r.UpdatedBy, UpdatedAt = r.UpdatedAt,
    };

    private sealed class SecretRow
    {
        public long ResourceId { get; set; }
        public string? Connection { get; set; }
        public string? HeaderValue { get; set; }
    }

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
