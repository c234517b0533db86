using System.Text;
using Dapper;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Storage;

namespace Zhongyuan.Community;

/// <summary>The <c>data_requests</c> rows, and the handling times of a department.</summary>
public sealed class DataRequestStore(Database database)
{
    /// <summary>Stores a new request; returns its id.</summary>
    public async Task<long> InsertAsync(DataRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(database.Sql("Community/Sql/InsertDataRequest"), new
        {
            request.Title, request.Description, request.DepartmentId, request.Purpose, request.RequesterId, request.RequesterName,
            Status = request.Status.ToString(), request.CreatedAt,
        }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>A request by id, or null.</summary>
    public async Task<DataRequest?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Community/Sql/SelectDataRequest") + " WHERE q.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToRequest();
    }

    /// <summary>The requests matching the query, newest first, and their total: two queries whatever the page size.</summary>
    public async Task<CommunityPage<DataRequest>> ListAsync(DataRequestQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = Where(query);
        var parameters = new
        {
            Status = query.Status?.ToString(), query.DepartmentId, Limit = Math.Clamp(query.Limit, 1, 200), Offset = Math.Max(query.Offset, 0),
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Sql("Community/Sql/CountDataRequest") + where, parameters, cancellationToken: ct)).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            database.Sql("Community/Sql/SelectDataRequest") + where + " ORDER BY q.id DESC LIMIT @Limit OFFSET @Offset",
            parameters, cancellationToken: ct)).ConfigureAwait(false);
        return new CommunityPage<DataRequest>([.. rows.Select(r => r.ToRequest())], total);
    }

    /// <summary>Writes the answer of a request that is still open; false when it is not (already answered, or no such request).</summary>
    public async Task<bool> AnswerAsync(DataRequest answered, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answered);
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        return await c.ExecuteAsync(new CommandDefinition(database.Sql("Community/Sql/AnswerDataRequest"), new
        {
            answered.Id, Status = answered.Status.ToString(), answered.Answer, answered.AnsweredById, answered.AnsweredByName, answered.AnsweredAt,
        }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// A department's handling times: its data requests (answered and open) and its decided share requests, with the
    /// median hours of each. One query.
    /// </summary>
    public async Task<HandlingTimes> HandlingAsync(long departmentId, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = (await c.QueryAsync<HandlingRow>(new CommandDefinition(database.Sql("Community/Sql/SelectHandling"),
            new { DepartmentId = departmentId }, cancellationToken: ct)).ConfigureAwait(false)).ToList();
        // Medians are taken here: SQLite has no percentile function, and a department's requests are few.
        var data = rows.Where(r => r.Kind == "data").ToList();
        var share = rows.Where(r => r.Kind == "share").ToList();
        return new HandlingTimes(data.Count(r => r.DoneAt is not null), data.Count(r => r.DoneAt is null), TicketStore.Median(Hours(data)),
            share.Count, TicketStore.Median(Hours(share)));
    }

    private static IEnumerable<double> Hours(IEnumerable<HandlingRow> rows) =>
        rows.Where(r => r.DoneAt is not null).Select(r => (r.DoneAt!.Value - r.CreatedAt).TotalHours);

    private static string Where(DataRequestQuery query)
    {
        var conditions = new List<string>();
        if (query.Status is not null)
        {
            conditions.Add("q.status = @Status");
        }
        if (query.DepartmentId is not null)
        {
            conditions.Add("q.department_id = @DepartmentId");
        }
        return conditions.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    private sealed class HandlingRow
    {
        public string Kind { get; set; } = "";
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? DoneAt { get; set; }
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Title { get; set; } = "";
        public string Description { get; set; } = "";
        public long? DepartmentId { get; set; }
        public string? DepartmentName { get; set; }
        public string Purpose { get; set; } = "";
        public long RequesterId { get; set; }
        public string RequesterName { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Answer { get; set; }
        public long? AnsweredById { get; set; }
        public string? AnsweredByName { get; set; }
        public DateTimeOffset? AnsweredAt { get; set; }
        public DateTimeOffset CreatedAt { get; set; }

        public DataRequest ToRequest() => new()
        {
            Id = Id, Title = Title, Description = Description, DepartmentId = DepartmentId, DepartmentName = DepartmentName, Purpose = Purpose,
            RequesterId = RequesterId, RequesterName = RequesterName, Status = Enum.Parse<DataRequestStatus>(Status), Answer = Answer,
            AnsweredById = AnsweredById, AnsweredByName = AnsweredByName, AnsweredAt = AnsweredAt, CreatedAt = CreatedAt,
        };
    }
}
