using System.Data.Common;
using System.Globalization;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Catalog;

/// <summary>
/// The catalog tables. Methods that change several tables take the caller's connection and
/// transaction so that <see cref="CatalogService"/> commits a whole lifecycle step or nothing.
/// </summary>
public sealed partial class ResourceStore(Database database)
{
    /// <summary>The database this store uses.</summary>
    public Database Database => database;

    /// <summary>Reserves <paramref name="count"/> sequence numbers in a classification; returns the last one.</summary>
    internal Task<long> ReserveSequenceAsync(DbConnection c, DbTransaction t, string classification, int count, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(Cmd("Catalog/Sql/NextSequence", new { Classification = classification, Count = count }, t, ct));

    internal Task<long> InsertAsync(DbConnection c, DbTransaction t, StoredResource r, CancellationToken ct) =>
        c.ExecuteScalarAsync<long>(Cmd("Catalog/Sql/InsertResource", r.ToParameters(), t, ct));

    /// <summary>Updates a resource if it still has the expected version and status; false when it changed meanwhile.</summary>
    internal async Task<bool> UpdateAsync(DbConnection c, DbTransaction t, StoredResource r, int expectedVersion, ResourceStatus expectedStatus, CancellationToken ct)
    {
        var parameters = r.ToParameters();
        parameters.Add("ExpectedVersion", expectedVersion);
        parameters.Add("ExpectedStatus", expectedStatus.ToString());
        return await c.ExecuteAsync(Cmd("Catalog/Sql/UpdateResource", parameters, t, ct)).ConfigureAwait(false) == 1;
    }

    internal Task InsertVersionAsync(DbConnection c, DbTransaction t, long resourceId, int version, ResourceMetadata m, DateTimeOffset at, string actor, CancellationToken ct) =>
        c.ExecuteAsync(Cmd("Catalog/Sql/InsertVersion",
            new { ResourceId = resourceId, Version = version, Metadata = CatalogJson.Serialize(m), CreatedAt = at, CreatedBy = actor }, t, ct));

    internal Task InsertEventAsync(DbConnection c, DbTransaction t, long resourceId, ResourceEvent e, CancellationToken ct) =>
        c.ExecuteAsync(Cmd("Catalog/Sql/InsertEvent", new
        {
            ResourceId = resourceId, e.Action, FromStatus = e.FromStatus?.ToString(), ToStatus = e.ToStatus.ToString(),
            e.Version, e.Actor, e.At, e.Note,
        }, t, ct));

    /// <summary>The name keys of a provider's resources other than <paramref name="excludeId"/>.</summary>
    internal async Task<IReadOnlySet<string>> NameKeysAsync(DbConnection c, DbTransaction? t, long providerId, long excludeId, CancellationToken ct)
    {
        var keys = await c.QueryAsync<string>(Cmd("Catalog/Sql/SelectNameKeys", new { ProviderId = providerId, ExcludeId = excludeId }, t, ct)).ConfigureAwait(false);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Finds a resource by code with its internal id.</summary>
    internal async Task<(long Id, Resource Resource)?> FindAsync(DbConnection c, DbTransaction? t, string code, CancellationToken ct)
    {
        var sql = database.Sql("Catalog/Sql/SelectResources") + " WHERE r.code = @Code";
        var row = await c.QueryFirstOrDefaultAsync<ResourceRow>(new CommandDefinition(sql, new { Code = code }, t, cancellationToken: ct)).ConfigureAwait(false);
        return row is null ? null : (row.Id, row.ToResource());
    }

    /// <summary>Finds a resource by code.</summary>
    public async Task<Resource?> FindAsync(string code, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return (await FindAsync(c, null, code, ct).ConfigureAwait(false))?.Resource;
    }

    /// <summary>Lists resources in id order with a keyset cursor; returns the page and the last id.</summary>
    public async Task<(IReadOnlyList<Resource> Page, long LastId)> ListAsync(ResourceListQuery query, CancellationToken ct = default)
    {
        var sql = database.Sql("Catalog/Sql/SelectResources") +
            " WHERE r.id > @AfterId AND (@Status IS NULL OR r.status = @Status) AND (@ProviderId IS NULL OR r.provider_id = @ProviderId)" +
            " ORDER BY r.id LIMIT @Limit";
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = (await c.QueryAsync<ResourceRow>(new CommandDefinition(sql, new
        {
            query.AfterId, Status = query.Status?.ToString(), query.ProviderId, Limit = Math.Clamp(query.Limit, 1, 1000),
        }, cancellationToken: ct)).ConfigureAwait(false)).ToList();
        return ([.. rows.Select(r => r.ToResource())], rows.Count == 0 ? query.AfterId : rows[^1].Id);
    }

    /// <summary>How many resources exist and when the latest change was made (null when there are none).</summary>
    public async Task<(long Count, DateTimeOffset? LastUpdatedAt)> StatsAsync(CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QuerySingleAsync<StatsRow>(Cmd("Catalog/Sql/SelectStats", new { }, null, ct)).ConfigureAwait(false);
        return (row.Count, row.LastUpdatedAt);
    }

    /// <summary>Every resource (of one status, or all), in id order, read a page at a time.</summary>
    public async IAsyncEnumerable<Resource> AllAsync(ResourceStatus? status = null, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int pageSize = 1000;
        long after = 0;
        while (true)
        {
            var (page, last) = await ListAsync(new ResourceListQuery(status, AfterId: after, Limit: pageSize), ct).ConfigureAwait(false);
            foreach (var resource in page)
            {
                yield return resource;
            }
            if (page.Count < pageSize)
            {
                yield break;
            }
            after = last;
        }
    }

    /// <summary>The published versions of a resource's metadata, oldest first.</summary>
    public async Task<IReadOnlyList<ResourceVersion>> VersionsAsync(string code, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<VersionRow>(Cmd("Catalog/Sql/SelectVersions", new { Code = code }, null, ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new ResourceVersion(r.Version, CatalogJson.Deserialize(r.Metadata), r.CreatedAt, r.CreatedBy))];
    }

    /// <summary>The lifecycle events of a resource, oldest first.</summary>
    public async Task<IReadOnlyList<ResourceEvent>> EventsAsync(string code, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<EventRow>(Cmd("Catalog/Sql/SelectEvents", new { Code = code }, null, ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEvent())];
    }

    private CommandDefinition Cmd(string name, object parameters, DbTransaction? t, CancellationToken ct) =>
        new(database.Sql(name), parameters, t, cancellationToken: ct);

    private sealed class StatsRow
    {
        public long Count { get; set; }
        public DateTimeOffset? LastUpdatedAt { get; set; }
    }

    private sealed class VersionRow
    {
        public int Version { get; set; }
        public string Metadata { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public string CreatedBy { get; set; } = "";
    }

    private sealed class EventRow
    {
        public string Action { get; set; } = "";
        public string? FromStatus { get; set; }
        public string ToStatus { get; set; } = "";
        public int Version { get; set; }
        public string Actor { get; set; } = "";
        public DateTimeOffset At { get; set; }
        public string? Note { get; set; }

        public ResourceEvent ToEvent() => new(Action, FromStatus is null ? null : Enum.Parse<ResourceStatus>(FromStatus),
            Enum.Parse<ResourceStatus>(ToStatus), Version, Actor, At, Note);
    }
}

/// <summary>The columns of a resource row to write.</summary>
internal sealed record StoredResource(string Code, string Classification, long ProviderId, ResourceStatus Status, int Version,
    ResourceMetadata Metadata, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateOnly? PublishDate, long Id = 0)
{
    public DynamicParameters ToParameters()
    {
        var p = new DynamicParameters();
        p.Add("Id", Id);
        p.Add("Code", Code);
        p.Add("Classification", Classification);
        p.Add("ProviderId", ProviderId);
        p.Add("Name", Metadata.Name);
        p.Add("NameKey", NameKey.Of(Metadata.Name));
        p.Add("Status", Status.ToString());
        p.Add("Version", Version);
        p.Add("Metadata", CatalogJson.Serialize(Metadata));
        p.Add("CreatedAt", CreatedAt);
        p.Add("UpdatedAt", UpdatedAt);
        p.Add("PublishDate", PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return p;
    }
}
