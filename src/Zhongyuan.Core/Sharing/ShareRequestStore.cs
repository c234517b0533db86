using System.Text;
using Dapper;
using Zhongyuan.Catalog;
using Zhongyuan.Storage;

namespace Zhongyuan.Sharing;

/// <summary>The <c>share_requests</c> rows. A decision and the grant it creates commit together.</summary>
public sealed class ShareRequestStore(Database database, GrantStore grants)
{
    /// <summary>
    /// Stores a new request and, for a request granted at once, its grant (linked both ways); returns the request with
    /// its id and grant id, or null when no resource has the code.
    /// </summary>
    public async Task<ShareRequest?> InsertAsync(ShareRequest request, Grant? grant, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(database.Sql("Sharing/Sql/InsertShareRequest"), new
        {
            request.ResourceCode, request.ApplicationId, request.ConsumerDepartmentId, request.ProviderId, request.RequesterId, request.RequesterName,
            ShareType = request.ShareType.ToString(), request.Purpose, request.LegalBasis, Items = SharingJson.Items(request.Items), request.RowFilter,
            request.StartsAt, request.EndsAt, request.ExpectedVolume, request.Complex, Status = request.Status.ToString(), request.Deadline,
            request.CreatedAt, request.DecidedBy, request.DecidedAt,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (id is null)
        {
            return null;
        }
        long? grantId = null;
        if (grant is not null)
        {
            grantId = await grants.InsertAsync(c, t, grant with { RequestId = id }, "无条件共享，申请即授权", ct).ConfigureAwait(false);
            await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/LinkShareRequestGrant"), new { Id = id, GrantId = grantId }, t, cancellationToken: ct)).ConfigureAwait(false);
        }
        await t.CommitAsync(ct).ConfigureAwait(false);
        if (grant is not null)
        {
            grants.Forget(grant.ApplicationId, grant.ResourceCode);
        }
        return request with { Id = id.Value, GrantId = grantId };
    }

    /// <summary>
    /// Records the decision on a pending request (status, who, when, reason) and, when approving, inserts
    /// <paramref name="grant"/>; returns the decided request with its grant id, or null when it was no longer pending.
    /// </summary>
    public async Task<ShareRequest?> DecideAsync(ShareRequest decided, Grant? grant, string? note, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var grantId = grant is null ? (long?)null : await grants.InsertAsync(c, t, grant with { RequestId = decided.Id }, note, ct).ConfigureAwait(false);
        var changed = await c.ExecuteAsync(new CommandDefinition(database.Sql("Sharing/Sql/DecideShareRequest"), new
        {
            decided.Id, Status = decided.Status.ToString(), decided.DecidedBy, decided.DecidedAt, decided.RefusalReason, GrantId = grantId,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (changed != 1)
        {
            return null;
        }
        await t.CommitAsync(ct).ConfigureAwait(false);
        if (grant is not null)
        {
            grants.Forget(grant.ApplicationId, grant.ResourceCode);
        }
        return decided with { GrantId = grantId };
    }

    /// <summary>A request by id, or null.</summary>
    public async Task<ShareRequest?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Sharing/Sql/SelectShareRequests") + " WHERE q.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToRequest();
    }

    /// <summary>Whether the application has a pending request on the resource.</summary>
    public async Task<bool> HasPendingAsync(long applicationId, string resourceCode, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/CountOpenShareRequests"),
            new { ApplicationId = applicationId, ResourceCode = resourceCode }, cancellationToken: ct)).ConfigureAwait(false) > 0;
    }

    /// <summary>The requests matching the query, newest first, and their total; overdue means pending with a deadline before <paramref name="now"/>.</summary>
    public async Task<ShareRequestPage> ListAsync(ShareRequestQuery query, DateTimeOffset now, CancellationToken ct = default)
    {
        var where = Where(query);
        var parameters = new
        {
            query.ConsumerDepartmentId, query.ProviderId, query.OwnerUserId, Status = query.Status?.ToString(), Now = now,
            Limit = Math.Clamp(query.Limit, 1, 500), Offset = Math.Max(query.Offset, 0),
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Sharing/Sql/CountShareRequests") + where, parameters, cancellationToken: ct)).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(database.Sql("Sharing/Sql/SelectShareRequests") + where +
            " ORDER BY q.id DESC LIMIT @Limit OFFSET @Offset", parameters, cancellationToken: ct)).ConfigureAwait(false);
        return new ShareRequestPage([.. rows.Select(r => r.ToRequest())], total);
    }

    private static string Where(ShareRequestQuery query)
    {
        var conditions = new List<string>();
        if (query.ConsumerDepartmentId is not null)
        {
            conditions.Add("q.consumer_department_id = @ConsumerDepartmentId");
        }
        if (query.ProviderId is not null)
        {
            conditions.Add("q.provider_id = @ProviderId");
        }
        if (query.OwnerUserId is not null)
        {
            conditions.Add("a.owner_user_id = @OwnerUserId");
        }
        if (query.Status is not null)
        {
            conditions.Add("q.status = @Status");
        }
        if (query.OverdueOnly)
        {
            conditions.Add("q.status = 'Pending' AND q.deadline < @Now");
        }
        return conditions.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string ResourceCode { get; set; } = "";
        public string ResourceName { get; set; } = "";
        public string ShareType { get; set; } = "";
        public long ApplicationId { get; set; }
        public string ApplicationName { get; set; } = "";
        public long ConsumerDepartmentId { get; set; }
        public long ProviderId { get; set; }
        public long RequesterId { get; set; }
        public string RequesterName { get; set; } = "";
        public string Purpose { get; set; } = "";
        public string? LegalBasis { get; set; }
        public string Items { get; set; } = "[]";
        public string? RowFilter { get; set; }
        public DateTimeOffset StartsAt { get; set; }
        public DateTimeOffset EndsAt { get; set; }
        public string? ExpectedVolume { get; set; }
        public bool Complex { get; set; }
        public string Status { get; set; } = "";
        public DateTimeOffset? Deadline { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public string? DecidedBy { get; set; }
        public DateTimeOffset? DecidedAt { get; set; }
        public string? RefusalReason { get; set; }
        public long? GrantId { get; set; }

        public ShareRequest ToRequest() => new()
        {
            Id = Id, ResourceCode = ResourceCode, ResourceName = ResourceName, ShareType = Enum.Parse<ShareType>(ShareType), ApplicationId = ApplicationId,
            ApplicationName = ApplicationName, ConsumerDepartmentId = ConsumerDepartmentId, ProviderId = ProviderId, RequesterId = RequesterId,
            RequesterName = RequesterName, Purpose = Purpose, LegalBasis = LegalBasis, Items = SharingJson.Items(Items), RowFilter = RowFilter,
            StartsAt = StartsAt, EndsAt = EndsAt, ExpectedVolume = ExpectedVolume, Complex = Complex, Status = Enum.Parse<ShareRequestStatus>(Status),
            Deadline = Deadline, CreatedAt = CreatedAt, DecidedBy = DecidedBy, DecidedAt = DecidedAt, RefusalReason = RefusalReason, GrantId = GrantId,
        };
    }
}
