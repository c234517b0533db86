using Zhongyuan.Catalog;
using Zhongyuan.Ingest;
using Zhongyuan.Problems;

namespace Zhongyuan.Governance.Tickets;

/// <summary>
/// The correction loop (数据纠错, 校核): any signed-in consumer files a ticket against a published resource; the providing
/// department (a member holding <c>data:write</c>) or an administrator accepts it with the data version carrying the
/// fix, or rejects it with a reason, before a deadline counted in working days. Every change is an event with who and when.
/// </summary>
public sealed partial class TicketService(
    TicketStore store, ResourceStore resources, DatasetStore datasets, DataPlane plane, TicketOptions options, TimeProvider time)
{
    private readonly WorkingCalendar _calendar = options.Calendar();

    /// <summary>The calendar deadlines are counted in.</summary>
    public WorkingCalendar Calendar => _calendar;

    /// <summary>Files a ticket; its deadline is <see cref="TicketOptions.DeadlineWorkingDays"/> working days from now.</summary>
    public async Task<Outcome<Ticket>> CreateAsync(NewTicket request, TicketActor reporter, CancellationToken ct = default)
    {
        var resource = await resources.FindAsync(request.ResourceCode, ct).ConfigureAwait(false);
        if (resource is null)
        {
            return ResourceNotFound(request.ResourceCode);
        }
        if (resource.Status != ResourceStatus.Published)
        {
            return Problem.Conflict("只能对已发布的信息资源提交纠错", "Only published resources take correction tickets");
        }
        var errors = TicketRules.Validate(request, resource);
        var seenVersion = await SeenVersionAsync(request, errors, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var now = Now();
        var ticket = new Ticket
        {
            Id = 0, ResourceCode = resource.Code, ResourceName = resource.Metadata.Name, SeenVersion = seenVersion, RowId = request.RowId,
            RecordKey = request.RecordKey, Item = request.Item, Reason = request.Reason!.Trim(), ProposedValue = request.ProposedValue,
            Reporter = reporter.AsReporter(), ProviderId = resource.Provider.Id, ProviderName = resource.Provider.Name,
            Status = TicketStatus.Open, Deadline = _calendar.Deadline(now, Math.Max(1, options.DeadlineWorkingDays)), CreatedAt = now,
        };
        var id = await store.InsertAsync(ticket, ct).ConfigureAwait(false);
        return id is null ? ResourceNotFound(request.ResourceCode) : ticket with { Id = id.Value };
    }

    /// <summary>A ticket with its events, for its reporter, the provider's members and administrators.</summary>
    public async Task<Outcome<TicketDetail>> FindAsync(long id, TicketActor actor, CancellationToken ct = default)
    {
        var ticket = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (ticket is null)
        {
            return TicketNotFound(id);
        }
        if (!actor.MayView(ticket))
        {
            return Problem.Forbidden("只有提交人、提供方部门人员和管理员可以查看该纠错单",
                "Only the reporter, the providing department and administrators may see this ticket");
        }
        return new TicketDetail(ticket, await store.EventsAsync(id, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Lists tickets the caller may see. A department's tickets need its membership or admin. A resource's tickets are all
    /// shown to its provider's members and administrators, and only the caller's own to others. With neither filter,
    /// administrators see every ticket and others their own.
    /// </summary>
    public async Task<Outcome<TicketPage>> ListAsync(TicketQuery query, TicketActor actor, CancellationToken ct = default)
    {
        if (query.ProviderId is { } department && !actor.MaySeeDepartment(department))
        {
            return Problem.Forbidden("只有该部门人员和管理员可以查看部门的纠错单", "Only the department's members and administrators may list its tickets");
        }
        var scoped = query;
        if (query.ProviderId is null && query.ReporterId is null)
        {
            var resource = query.ResourceCode is null ? null : await resources.FindAsync(query.ResourceCode, ct).ConfigureAwait(false);
            if (query.ResourceCode is not null && resource is null)
            {
                return ResourceNotFound(query.ResourceCode);
            }
            var seesAll = resource is null ? actor.IsAdmin : actor.MaySeeDepartment(resource.Provider.Id);
            scoped = seesAll ? query : query with { ReporterId = actor.UserId };
        }
        return await store.ListAsync(scoped, UtcNow(), ct).ConfigureAwait(false);
    }

    /// <summary>Every department's ticket figures, by department id (departments without tickets show zeros).</summary>
    public Task<IReadOnlyList<TicketStats>> StatsAsync(CancellationToken ct = default) =>
        store.StatsAsync(UtcNow(), null, ct);

    /// <summary>One department's ticket figures, or null when no department has the id.</summary>
    public async Task<TicketStats?> DepartmentStatsAsync(long departmentId, CancellationToken ct = default) =>
        (await store.StatsAsync(UtcNow(), departmentId, ct).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>
    /// The version the ticket refers to: the one given (it must exist), else the current one when a row id needs a
    /// version to mean anything. Adds errors for an unknown version or a row beyond the version's rows.
    /// </summary>
    private async Task<int?> SeenVersionAsync(NewTicket request, List<FieldError> errors, CancellationToken ct)
    {
        if (request.SeenVersion is null && request.RowId is null)
        {
            return null;
        }
        var version = await datasets.FindVersionAsync(request.ResourceCode, request.SeenVersion, ct).ConfigureAwait(false);
        if (version is null)
        {
            errors.Add(request.SeenVersion is null
                ? FieldError.Of("rowId", "no_data", "该信息资源还没有数据，无法按行号纠错", "The resource has no data yet, so a row cannot be named")
                : FieldError.Of("seenVersion", "version_unknown", $"该信息资源没有第 {request.SeenVersion} 版数据", $"The resource has no data version {request.SeenVersion}"));
            return request.SeenVersion;
        }
        if (request.RowId is { } row && !HasRow(version, row))
        {
            errors.Add(FieldError.Of("rowId", "row_unknown", $"第 {version.Version} 版数据只有 {version.RowCount} 行",
                $"Data version {version.Version} has only {version.RowCount} rows"));
        }
        return version.Version;
    }

    /// <summary>
    /// Whether a version has a row numbered <paramref name="row"/>. A full load numbers its rows 1…N; after an incremental
    /// one the numbers are unique but have gaps and run past the row count, so the version's file is asked.
    /// </summary>
    private bool HasRow(DatasetVersion version, long row)
    {
        if (version.Mode != LoadMode.Incremental)
        {
            return row <= version.RowCount;
        }
        using var duck = DataPlane.OpenReader();
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {DataPlane.VersionRelation(plane.Full(version.File))} WHERE {IngestColumn.RowId} = $row";
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("row", row));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The current time at the microsecond precision PostgreSQL keeps, so what is returned equals what is stored.</summary>
    private DateTimeOffset Now()
    {
        var now = UtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }

    /// <summary>The time with offset zero, which PostgreSQL's timestamptz insists on (a clock may carry another offset).</summary>
    private DateTimeOffset UtcNow() => time.GetUtcNow().ToUniversalTime();

    private static Problem ResourceNotFound(string code) => Problem.NotFound($"信息资源“{code}”不存在", $"No resource has the code \"{code}\"");

    private static Problem TicketNotFound(long id) => Problem.NotFound($"纠错单 {id} 不存在", $"No ticket has the id {id}");
}
