using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Zhongyuan.Catalog;

public sealed partial class ResourceStore
{
    /// <summary>Every provider's name keys, for validating a batch in memory.</summary>
    internal async Task<Dictionary<long, HashSet<string>>> AllNameKeysAsync(DbConnection c, DbTransaction t, CancellationToken ct)
    {
        var rows = await c.QueryAsync<(long ProviderId, string NameKey)>(Cmd("Catalog/Sql/SelectAllNameKeys", new { }, t, ct)).ConfigureAwait(false);
        var keys = new Dictionary<long, HashSet<string>>();
        foreach (var (providerId, nameKey) in rows)
        {
            (keys.TryGetValue(providerId, out var set) ? set : keys[providerId] = new HashSet<string>(StringComparer.Ordinal)).Add(nameKey);
        }
        return keys;
    }

    /// <summary>
    /// Writes many new resources with their creation event (and, for published ones, their first
    /// version) inside the caller's transaction, with each engine's fast path: binary COPY on
    /// PostgreSQL, one reused prepared statement on SQLite.
    /// </summary>
    internal Task InsertManyAsync(DbConnection c, DbTransaction t, IReadOnlyList<StoredResource> rows, string actor, CancellationToken ct) =>
        c is NpgsqlConnection pg ? CopyManyAsync(pg, rows, actor, ct) : InsertManySqliteAsync(c, t, rows, actor, ct);

    private async Task InsertManySqliteAsync(DbConnection c, DbTransaction t, IReadOnlyList<StoredResource> rows, string actor, CancellationToken ct)
    {
        await c.ExecuteAsync(Cmd("Catalog/Sql/InsertResource", rows.Select(r => r.ToParameters()), t, ct)).ConfigureAwait(false);
        await c.ExecuteAsync(Cmd("Catalog/Sql/InsertEventByCode", rows.Select(r => new
        {
            r.Code, Action = "create", FromStatus = (string?)null, ToStatus = r.Status.ToString(), r.Version, Actor = actor, At = r.CreatedAt, Note = (string?)null,
        }), t, ct)).ConfigureAwait(false);
        await c.ExecuteAsync(Cmd("Catalog/Sql/InsertVersionByCode", rows.Where(r => r.Status == ResourceStatus.Published).Select(r => new
        {
            r.Code, r.Version, Metadata = CatalogJson.Serialize(r.Metadata), CreatedAt = r.CreatedAt, CreatedBy = actor,
        }), t, ct)).ConfigureAwait(false);
    }

    private static async Task CopyManyAsync(NpgsqlConnection c, IReadOnlyList<StoredResource> rows, string actor, CancellationToken ct)
    {
        var json = rows.Select(r => CatalogJson.Serialize(r.Metadata)).ToArray();
        await using (var w = await c.BeginBinaryImportAsync(
            "COPY resources (code, classification, provider_id, name, name_key, status, version, metadata, created_at, updated_at, publish_date) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                await w.StartRowAsync(ct).ConfigureAwait(false);
                await w.WriteAsync(r.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(r.Classification, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(r.ProviderId, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await w.WriteAsync(r.Metadata.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(NameKey.Of(r.Metadata.Name), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(r.Status.ToString(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await w.WriteAsync(r.Version, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                await w.WriteAsync(json[i], NpgsqlDbType.Jsonb, ct).ConfigureAwait(false);
                await w.WriteAsync(r.CreatedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                await w.WriteAsync(r.UpdatedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                await w.WriteAsync(PublishDateText(r), NpgsqlDbType.Text, ct).ConfigureAwait(false);
            }
            await w.CompleteAsync(ct).ConfigureAwait(false);
        }
        var ids = (await c.QueryAsync<(string Code, long Id)>(new CommandDefinition(
            "SELECT code, id FROM resources WHERE code = ANY(@Codes)", new { Codes = rows.Select(r => r.Code).ToArray() }, cancellationToken: ct)).ConfigureAwait(false))
            .ToDictionary(x => x.Code, x => x.Id, StringComparer.Ordinal);
        await CopyEventsAsync(c, rows, ids, actor, ct).ConfigureAwait(false);
        await CopyVersionsAsync(c, rows, ids, json, actor, ct).ConfigureAwait(false);
    }

    private static async Task CopyEventsAsync(NpgsqlConnection c, IReadOnlyList<StoredResource> rows, Dictionary<string, long> ids, string actor, CancellationToken ct)
    {
        await using var w = await c.BeginBinaryImportAsync(
            "COPY resource_events (resource_id, action, to_status, version, actor, at) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        foreach (var r in rows)
        {
            await w.WriteRowAsync(ct, ids[r.Code], "create", r.Status.ToString(), r.Version, actor, r.CreatedAt).ConfigureAwait(false);
        }
        await w.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static async Task CopyVersionsAsync(
        NpgsqlConnection c, IReadOnlyList<StoredResource> rows, Dictionary<string, long> ids, string[] json, string actor, CancellationToken ct)
    {
        await using var w = await c.BeginBinaryImportAsync(
            "COPY resource_versions (resource_id, version, metadata, created_at, created_by) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Status != ResourceStatus.Published)
            {
                continue;
            }
            await w.StartRowAsync(ct).ConfigureAwait(false);
            await w.WriteAsync(ids[rows[i].Code], NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await w.WriteAsync(rows[i].Version, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
            await w.WriteAsync(json[i], NpgsqlDbType.Jsonb, ct).ConfigureAwait(false);
            await w.WriteAsync(rows[i].CreatedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            await w.WriteAsync(actor, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        }
        await w.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static string? PublishDateText(StoredResource r) =>
        r.PublishDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
