using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using Zhongyuan.Storage;

namespace Zhongyuan.Governance.Tickets;

/// <summary>The <c>tickets</c> and <c>ticket_events</c> rows. Each write and its event commit together.</summary>
public sealed class TicketStore(Database database)
{
    /// <summary>
    /// Stores a new ticket (its provider taken from the resource) with its <see cref="TicketAction.Created"/> event;
    /// returns its id, or null when no resource has the code.
    /// </summary>
    public async Task<long?> InsertAsync(Ticket ticket, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(database.Sql("Governance/Tickets/Sql/Insert"), new
        {
            ticket.ResourceCode, ticket.SeenVersion, ticket.RowId, RecordKey = ticket.RecordKey?.GetRawText(), ticket.Item, ticket.Reason,
            ticket.ProposedValue, ReporterId = ticket.Reporter.UserId, ReporterName = ticket.Reporter.Username,
            ReporterDepartmentId = ticket.Reporter.DepartmentId, Status = ticket.Status.ToString(), ticket.Deadline, ticket.CreatedAt,
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (id is null)
        {
            return null;
        }
        var created = new TicketEvent(TicketAction.Created, ticket.Reporter.UserId, ticket.Reporter.Username, ticket.CreatedAt, null);
        await InsertEventAsync(c, t, id.Value, created, ct).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return id;
    }

    /// <summary>
    /// Writes a ticket's status, deadline, fix version, rejection reason and close time with the event, provided it is
    /// still in <paramref name="expectedStatus"/>; false when someone changed it meanwhile (or it does not exist).
    /// </summary>
    public async Task<bool> UpdateAsync(Ticket ticket, TicketStatus expectedStatus, TicketEvent change, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        await using var t = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        var changed = await c.ExecuteAsync(new CommandDefinition(database.Sql("Governance/Tickets/Sql/Update"), new
        {
            ticket.Id, Status = ticket.Status.ToString(), ticket.Deadline, ticket.FixedInVersion, ticket.RejectionReason, ticket.ClosedAt,
            ExpectedStatus = expectedStatus.ToString(),
        }, t, cancellationToken: ct)).ConfigureAwait(false);
        if (changed != 1)
        {
            return false;
        }
        await InsertEventAsync(c, t, ticket.Id, change, ct).ConfigureAwait(false);
        await t.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>A ticket by id, or null.</summary>
    public async Task<Ticket?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var row = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            database.Sql("Governance/Tickets/Sql/Select") + " WHERE t.id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
        return row?.ToTicket();
    }

    /// <summary>A ticket's events, oldest first.</summary>
    public async Task<IReadOnlyList<TicketEvent>> EventsAsync(long id, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var rows = await c.QueryAsync<EventRow>(new CommandDefinition(
            database.Sql("Governance/Tickets/Sql/SelectEvents"), new { TicketId = id }, cancellationToken: ct)).ConfigureAwait(false);
        return [.. rows.Select(r => new TicketEvent(Enum.Parse<TicketAction>(r.Action), r.ActorId, r.ActorName, r.At, r.Note))];
    }

    /// <summary>The tickets matching the query, newest first, and their total; overdue means open with a deadline before <paramref name="now"/>.</summary>
    public async Task<TicketPage> ListAsync(TicketQuery query, DateTimeOffset now, CancellationToken ct = default)
    {
        var where = Where(query);
        var parameters = new
        {
            query.ResourceCode, query.ProviderId, query.ReporterId, Status = query.Status?.ToString(), Now = now,
            Limit = Math.Clamp(query.Limit, 1, 500), Offset = Math.Max(query.Offset, 0),
        };
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var total = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            database.Sql("Governance/Tickets/Sql/Count") + where, parameters, cancellationToken: ct)).ConfigureAwait(false);
        var rows = await c.QueryAsync<Row>(new CommandDefinition(
            database.Sql("Governance/Tickets/Sql/Select") + where + " ORDER BY t.id DESC LIMIT @Limit OFFSET @Offset",
            parameters, cancellationToken: ct)).ConfigureAwait(false);
        return new TicketPage([.. rows.Select(r => r.ToTicket())], total);
    }

    /// <summary>
    /// Per providing department (every department, or only <paramref name="departmentId"/>): open, overdue at
    /// <paramref name="now"/>, accepted and rejected counts and the median hours to close.
    /// </summary>
    public async Task<IReadOnlyList<TicketStats>> StatsAsync(DateTimeOffset now, long? departmentId = null, CancellationToken ct = default)
    {
        await using var c = await database.OpenAsync(ct).ConfigureAwait(false);
        var counts = await c.QueryAsync<CountRow>(new CommandDefinition(database.Sql("Governance/Tickets/Sql/SelectStats"),
            new { Now = now, DepartmentId = departmentId }, cancellationToken: ct)).ConfigureAwait(false);
        var closed = await c.QueryAsync<ClosedRow>(new CommandDefinition(database.Sql("Governance/Tickets/Sql/SelectClosed"),
            new { DepartmentId = departmentId }, cancellationToken: ct)).ConfigureAwait(false);
        // The median is taken here rather than in SQL: SQLite has no percentile function, and closed tickets are few.
        var hours = closed.ToLookup(r => r.ProviderId, r => (r.ClosedAt - r.CreatedAt).TotalHours);
        return [.. counts.Select(r => new TicketStats(r.DepartmentId, r.DepartmentName, r.Open, r.Overdue, r.Accepted, r.Rejected,
            Median(hours[r.DepartmentId])))];
    }

    /// <summary>The median of the values rounded to 0.01, or null when there are none.</summary>
    internal static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 2, MidpointRounding.AwayFromZero);
    }

    private static string Where(TicketQuery query)
    {
        var conditions = new List<string>();
        if (query.ResourceCode is not null)
        {
            conditions.Add("r.code = @ResourceCode");
        }
        if (query.ProviderId is not null)
        {
            conditions.Add("t.provider_id = @ProviderId");
        }
        if (query.ReporterId is not null)
        {
            conditions.Add("t.reporter_id = @ReporterId");
        }
        if (query.Status is not null)
        {
            conditions.Add("t.status = @Status");
        }
        if (query.OverdueOnly)
        {
            conditions.Add("t.status = 'Open' AND t.deadline < @Now");
        }
        return conditions.Count == 0 ? "" : new StringBuilder(" WHERE ").AppendJoin(" AND ", conditions).ToString();
    }

    private Task InsertEventAsync(DbConnection c, DbTransaction t, long ticketId, TicketEvent e, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition(database.Sql("Governance/Tickets/Sql/InsertEvent"), new
        {
            TicketId = ticketId, Action = e.Action.ToString(), e.ActorId, e.ActorName, e.At, e.Note,
        }, t, cancellationToken: ct));

    private sealed class Row
    {
        public long Id { get; set; }
        public string ResourceCode { get; set; } = "";
        public string ResourceName { get; set; } = "";
        public int? SeenVersion { get; set; }
        public long? RowId { get; set; }
        public string? RecordKey { get; set; }
        public string? Item { get; set; }
        public string Reason { get; set; } = "";
        public string? ProposedValue { get; set; }
        public long ReporterId { get; set; }
        public string ReporterName { get; set; } = "";
        public long? ReporterDepartmentId { get; set; }
        public long ProviderId { get; set; }
        public string ProviderName { get; set; } = "";
        public string Status { get; set; } = "";
        public DateTimeOffset Deadline { get; set; }
        public int? FixedInVersion { get; set; }
        public string? RejectionReason { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset? ClosedAt { get; set; }

        public Ticket ToTicket() => new()
        {
            Id = Id, ResourceCode = ResourceCode, ResourceName = ResourceName, SeenVersion = SeenVersion, RowId = RowId,
            RecordKey = RecordKey is null ? null : JsonDocument.Parse(RecordKey).RootElement.Clone(), Item = Item, Reason = Reason,
            ProposedValue = ProposedValue, Reporter = new TicketReporter(ReporterId, ReporterName, ReporterDepartmentId),
            ProviderId = ProviderId, ProviderName = ProviderName, Status = Enum.Parse<TicketStatus>(Status), Deadline = Deadline,
            FixedInVersion = FixedInVersion, RejectionReason = RejectionReason, CreatedAt = CreatedAt, ClosedAt = ClosedAt,
        };
    }

    private sealed class EventRow
    {
        public string Action { get; set; } = "";
        public long ActorId { get; set; }
        public string ActorName { get; set; } = "";
        public DateTimeOffset At { get; set; }
        public string? Note { get; set; }
    }

    private sealed class CountRow
    {
        public long DepartmentId { get; set; }
        public string DepartmentName { get; set; } = "";
        public long Open { get; set; }
        public long Overdue { get; set; }
        public long Accepted { get; set; }
        public long Rejected { get; set; }
    }

    private sealed class ClosedRow
    {
        public long ProviderId { get; set; }
        public DateTimeOffset CreatedAt { get; set; }
        public DateTimeOffset ClosedAt { get; set; }
    }
}
