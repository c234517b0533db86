using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Sharing;

/// <summary>
/// The <c>grants</c> and <c>grant_events</c> rows; each change and its event commit together. Answers
/// <see cref="IGrantLookup"/> from a short cache per (application, resource), dropped on every change made through this
/// store; another replica's change is seen within <see cref="CacheLifetime"/>.
/// </summary>
public sealed class GrantStore(Database database, TimeProvider time) : IGrantLookup
{
    /// <summary>How long a lookup's answer is reused.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<(long Application, string Resource), CacheEntry> _cache = new();

    /// <inheritdoc/>
    public async Task<Grant?> InForceAsync(long applicationId, string resourceCode, DateTimeOffset now, CancellationToken ct = default)
    {
        var key = (applicationId, resourceCode);
        if (!_cache.TryGetValue(key, out var entry) || time.GetUtcNow() - entry.LoadedAt >= CacheLifetime)
        {
            var loadedAt = time.GetUtcNow();
            entry = new CacheEntry(await ActiveAsync(applicationId, resourceCode, ct).ConfigureAwait(false), loadedAt);
            _cache[key] = entry;
        }
        return entry.Active.FirstOrDefault(g => g.IsInForce(now));
    }

    /// <summary>A grant by id, or null.</summary>
    public async Task<Grant?> FindAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync(" WHERE g.id = @Id", new { Id = id }, ct).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>A grant's events, oldest first.</summary>
    public async Task<IReadOnlyList<GrantEvent>> EventsAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<EventRow>(new CommandDefinition(database.Sql("Sharing/Sql/SelectGrantEvents"), new { GrantId = id }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new GrantEvent(Enum.Parse<GrantAction>(r.Action), r.Actor, r.At, r.Note))];
    }

    /// <summary>The grants matching the query, newest first, and their total.</summary>
    public async Task<(IReadOnlyList<Grant> Items, long Total)> ListAsync(GrantQuery query, CancellationToken ct = default)
    {
        var where = Where(query);
        var parameters = new
        {
            query.ApplicationId, query.ResourceCode, query.DepartmentId, Status = query.Status?.ToString(),
            Limit = Math.Clamp(query.Limit, 1, 500), Offset = Math.Max(query.Offset, 0),
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/CountGrants") + where, parameters, cancellationToken: ct)).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(database.Sql("Sharing/Sql/SelectGrants") + where +
            " ORDER BY g.id DESC LIMIT @Limit OFFSET @Offset", parameters, cancellationToken: ct)).ConfigureAwait(false);
        return ([.. rows.Select(r => r.ToGrant())], total);
    }

    /// <summary>
    /// Writes a grant's status, end and daily quota with the event, provided it is still in <paramref name="expectedStatus"/>;
    /// false when someone changed it meanwhile (or it does not exist).
    /// </summary>
    public async Task<bool> UpdateAsync(Grant grant, GrantStatus expectedStatus, GrantEvent change, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var changed = await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/UpdateGrant"), new
        {
            grant.Id, Status = grant.Status.ToString(), grant.EndsAt, grant.DailyQuota, ExpectedStatus = expectedStatus.ToString(),
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (changed != 1)
        {
            return false;
        }
        await InsertEventAsync(c, t, grant.Id, change, ct).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        Forget(grant.ApplicationId, grant.ResourceCode);
        return true;
    }

    /// <summary>
    /// Stores a grant made outside the request flow (demo data, migration from another platform) with its
    /// <see cref="GrantAction.Granted"/> event; returns its id, or null when no resource has the code.
    /// </summary>
    public async Task<long?> InsertAsync(Grant grant, string? note, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (await c.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM resources WHERE code = @ResourceCode", new { grant.ResourceCode }, t, cancellationToken: ct)).ConfigureAwait(false) == 0)
        {
            return null;
        }
        var id = await InsertAsync(c, t, grant, note, ct).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        Forget(grant.ApplicationId, grant.ResourceCode);
        return id;
    }

    /// <summary>Inserts a grant with its <see cref="GrantAction.Granted"/> event inside the caller's transaction; returns its id.</summary>
    internal async Task<long> InsertAsync(DbConnection c, DbTransaction t, Grant grant, string? note, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/InsertGrant"), new
        {
            grant.RequestId, grant.ApplicationId, grant.ConsumerDepartmentId, grant.ResourceCode, Items = SharingJson.Items(grant.Items),
            grant.RowFilter, Masking = SharingJson.Masking(grant.Masking), grant.Purpose, grant.StartsAt, grant.EndsAt, grant.DailyQuota,
            Status = grant.Status.ToString(), grant.GrantedBy, grant.GrantedAt,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        await InsertEventAsync(c, t, id, new GrantEvent(GrantAction.Granted, grant.GrantedBy, grant.GrantedAt, note), ct).ConfigureAwait(false);
        return id;
    }

    /// <summary>Drops the cached lookup of an application on a resource (after a grant of theirs changed).</summary>
    internal void Forget(long applicationId, string resourceCode) => _cache.TryRemove((applicationId, resourceCode), out _);

    private async Task<IReadOnlyList<Grant>> ActiveAsync(long applicationId, string resourceCode, CancellationToken ct) =>
        await QueryAsync(" WHERE g.application_id = @ApplicationId AND r.code = @ResourceCode AND g.status = 'Active' ORDER BY g.id DESC",
            new { ApplicationId = applicationId, ResourceCode = resourceCode }, ct).ConfigureAwait(false);

    private async Task<IReadOnlyList<Grant>> QueryAsync(string tail, object parameters, CancellationToken ct)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(database.Sql("Sharing/Sql/SelectGrants") + tail, parameters, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToGrant())];
    }

    private static string Where(GrantQuery query)
    {
        var conditions = new List<string>();
        if (query.ApplicationId is not null)
        {
            conditions.Add("g.application_id = @ApplicationId");
        }
        if (query.ResourceCode is not null)
        {
            conditions.Add("r.code = @ResourceCode");
        }
        if (query.DepartmentId is not null)
        {
            conditions.Add("(g.consumer_department_id = @DepartmentId OR g.provider_id = @DepartmentId)");
        }
        if (query.Status is not null)
        {
            conditions.Add("g.status = @Status");
        }
        return conditions.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    private Task InsertEventAsync(DbConnection c, DbTransaction t, long grantId, GrantEvent e, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/InsertGrantEvent"), new
        {
            GrantId = grantId, Action = e.Action.ToString(), e.Actor, e.At, e.Note,
        }, t, cancellationToken: ct));

    private sealed record CacheEntry(IReadOnlyList<Grant> Active, DateTimeOffset LoadedAt);

    private sealed class Row
    {
        public long Id { get; set; }
        public long? RequestId { get; set; }
        public long ApplicationId { get; set; }
        public long ConsumerDepartmentId { get; set; }
        public string ResourceCode { get; set; } = "";
        public long ProviderId { get; set; }
        public string Items { get; set; } = "[]";
        public string? RowFilter { get; set; }
        public string Masking { get; set; } = "{}";
        public string Purpose { get; set; } = "";
        public DateTimeOffset StartsAt { get; set; }
        public DateTimeOffset EndsAt { get; set; }
        public long? DailyQuota { get; set; }
        public string Status { get; set; } = "";
        public string GrantedBy { get; set; } = "";
        public DateTimeOffset GrantedAt { get; set; }

        public Grant ToGrant() => new()
        {
            Id = Id, RequestId = RequestId, ApplicationId = ApplicationId, ConsumerDepartmentId = ConsumerDepartmentId, ResourceCode = ResourceCode,
            ProviderId = ProviderId, Items = SharingJson.Items(Items), RowFilter = RowFilter, Masking = SharingJson.Masking(Masking), Purpose = Purpose,
            StartsAt = StartsAt, EndsAt = EndsAt, DailyQuota = DailyQuota, Status = Enum.Parse<GrantStatus>(Status), GrantedBy = GrantedBy, GrantedAt = GrantedAt,
        };
    }

    private sealed class EventRow
    {
        public string Action { get; set; } = "";
        public string Actor { get; set; } = "";
        public DateTimeOffset At { get; set; }
        public string? Note { get; set; }
    }
}
