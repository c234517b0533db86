using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Problems;

namespace Zhongyuan.Sharing;

/// <summary>
/// Share requests (共享申请), following 国发〔2016〕51号: a department asks, for one of its applications, to use another
/// department's published resource. 无条件共享 is granted at once and recorded; 有条件共享 is reviewed by the provider's
/// data stewards, who approve (possibly narrowing) or refuse with a reason within a deadline in working days;
/// 不予共享 cannot be requested. Every step is an audit event.
/// </summary>
public sealed partial class ShareRequestService(
    ShareRequestStore store, GrantStore grants, ApplicationStore applications, ResourceStore resources, SharingOptions options,
    AuditLog audit, TimeProvider time)
{
    private readonly WorkingCalendar _calendar = options.Calendar();

    /// <summary>The username recorded for grants made without review (无条件共享).</summary>
    public const string SystemActor = "system";

    /// <summary>
    /// Files a request. Only a member of the application's department may, for a published resource of another
    /// department that is shared; a request already pending or a grant in force for the same application and resource is
    /// a conflict. A 无条件共享 request comes back approved with its grant.
    /// </summary>
    public async Task<Outcome<ShareRequest>> CreateAsync(NewShareRequest request, SharingActor actor, CancellationToken ct = default)
    {
        var resource = await resources.FindAsync(request.ResourceCode, ct).ConfigureAwait(false);
        if (resource is null || resource.Status != ResourceStatus.Published)
        {
            return Problem.NotFound($"已发布的信息资源“{request.ResourceCode}”不存在", $"No published resource has the code \"{request.ResourceCode}\"");
        }
        var application = await applications.FindAsync(request.ApplicationId, ct).ConfigureAwait(false);
        if (await CheckRequesterAsync(resource, application, actor, ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        var now = Now();
        var (filed, problem) = Validate(request, resource, application!, actor, now);
        if (filed is null)
        {
            return problem!;
        }
        var grant = filed.Status == ShareRequestStatus.Approved ? GrantFor(filed, filed.Items, filed.RowFilter, new Dictionary<string, MaskingRule>(), filed.StartsAt, filed.EndsAt, null, SystemActor, now) : null;
        var stored = await store.InsertAsync(filed, grant, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return Problem.NotFound($"信息资源“{request.ResourceCode}”不存在", $"No resource has the code \"{request.ResourceCode}\"");
        }
        audit.Append(SharingAudit.By(actor, AuditActions.RequestCreate, $"request {stored.Id}") with
        {
            ResourceCode = stored.ResourceCode, Items = stored.Items, Purpose = stored.Purpose, Filter = stored.RowFilter, ApplicationId = stored.ApplicationId,
        });
        if (grant is not null)
        {
            audit.Append(new AuditEvent { Action = AuditActions.GrantApprove, Username = SystemActor, Detail = "无条件共享 unconditional", DepartmentId = stored.ProviderId }
                .About(grant with { Id = stored.GrantId!.Value, RequestId = stored.Id }) with { ApplicationId = stored.ApplicationId });
        }
        return stored;
    }

    /// <summary>A request, for the consumer and provider departments' members and administrators.</summary>
    public async Task<Outcome<ShareRequest>> FindAsync(long id, SharingActor actor, CancellationToken ct = default)
    {
        var request = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (request is null)
        {
            return RequestNotFound(id);
        }
        return actor.MaySee(request.ConsumerDepartmentId) || actor.MaySee(request.ProviderId)
            ? request
            : Problem.Forbidden("只有申请方、提供方部门人员和管理员可以查看该共享申请", "Only the requesting and providing departments and administrators may see this request");
    }

    /// <summary>
    /// Lists requests: as <see cref="ShareRequestRole.Consumer"/> those the caller's department filed, as
    /// <see cref="ShareRequestRole.Provider"/> those it answers. Administrators see every department's (all when no role
    /// is given), which is how overdue requests reach the platform administrator.
    /// </summary>
    public async Task<Outcome<ShareRequestPage>> ListAsync(ShareRequestRole? role, ShareRequestQuery query, SharingActor actor, CancellationToken ct = default)
    {
        if (!actor.IsUser || (!actor.IsAdmin && actor.DepartmentId is null))
        {
            return Problem.Forbidden("只有部门人员和管理员可以查看共享申请", "Only department members and administrators may list share requests");
        }
        var scoped = actor.IsAdmin ? query : (role ?? ShareRequestRole.Consumer) == ShareRequestRole.Consumer
            ? query with { ConsumerDepartmentId = actor.DepartmentId, ProviderId = null }
            : query with { ProviderId = actor.DepartmentId, ConsumerDepartmentId = null };
        return await store.ListAsync(scoped, UtcNow(), ct).ConfigureAwait(false);
    }

    /// <summary>The deadline of a request filed at <paramref name="filedAt"/>: 5 working days, 10 when complex (see <see cref="SharingOptions"/>).</summary>
    public DateTimeOffset DeadlineFor(DateTimeOffset filedAt, bool complex) =>
        _calendar.Deadline(filedAt, Math.Max(1, complex ? options.ComplexDeadlineWorkingDays : options.DeadlineWorkingDays));

    private async Task<Problem?> CheckRequesterAsync(Resource resource, Application? application, SharingActor actor, CancellationToken ct)
    {
        if (application is null)
        {
            return Problem.Invalid([FieldError.Of("applicationId", "application_unknown", "请选择本部门已登记的应用", "Name an application registered by your department")]);
        }
        if (!actor.IsUser || actor.DepartmentId != application.DepartmentId)
        {
            return Problem.Forbidden("只有应用所属部门的人员可以为该应用申请共享", "Only members of the application's department may request data for it");
        }
        if (!application.Enabled)
        {
            return Problem.Conflict($"应用“{application.Name}”已停用", $"The application \"{application.Name}\" is disabled");
        }
        if (resource.Provider.Id == application.DepartmentId)
        {
            return Problem.Conflict("这是本部门提供的信息资源，本部门已可直接使用，无需申请共享",
                "The resource is your own department's; your department already has it and needs no share request");
        }
        if (resource.Metadata.ShareType == ShareType.NotShared)
        {
            var basis = resource.Metadata.ShareBasis ?? "未注明";
            return Problem.Forbidden($"信息资源“{resource.Metadata.Name}”为不予共享资源，不能申请。依据：{basis}",
                $"The resource \"{resource.Metadata.Name}\" is not shared and cannot be requested. Basis: {basis}");
        }
        if (await store.HasPendingAsync(application.Id, resource.Code, ct).ConfigureAwait(false))
        {
            return Problem.Conflict("该应用对此信息资源已有待审核的申请", "The application already has a pending request for this resource");
        }
        return await grants.InForceAsync(application.Id, resource.Code, UtcNow(), ct).ConfigureAwait(false) is { } held
            ? Problem.Conflict($"该应用已持有此信息资源的有效授权（{held.Id}），如需延长请续期", $"The application already holds grant {held.Id} on this resource; renew it instead")
            : null;
    }

    private (ShareRequest? Request, Problem? Problem) Validate(NewShareRequest request, Resource resource, Application application, SharingActor actor, DateTimeOffset now)
    {
        var conditional = resource.Metadata.ShareType == ShareType.Conditional;
        var errors = new List<FieldError>();
        SharingText.Check(errors, "purpose", "用途", request.Purpose, 1000, required: true);
        SharingText.Check(errors, "legalBasis", "申请依据", request.LegalBasis, 1000, required: conditional);
        SharingText.Check(errors, "expectedVolume", "预计使用量", request.ExpectedVolume, 200, required: false);
        if (conditional && (request.Items is null || request.Items.Count == 0))
        {
            errors.Add(FieldError.Of("items", "required", "有条件共享须列出所需信息项", "A conditional resource needs the items listed"));
        }
        var items = request.Items is { Count: > 0 } asked
            ? SharingRules.CheckItems(errors, "items", asked, resource)
            : [.. resource.Metadata.Items.Where(i => i.ShareType != ShareType.NotShared).Select(i => i.Name)];
        SharingRules.CheckFilter(errors, "rowFilter", request.RowFilter, resource);
        var startsAt = Truncate(request.StartsAt?.ToUniversalTime() ?? now);
        var endsAt = Truncate(request.EndsAt?.ToUniversalTime() ?? startsAt.AddDays(Math.Max(1, options.DefaultPeriodDays)));
        if (endsAt <= startsAt || endsAt <= now)
        {
            errors.Add(FieldError.Of("endsAt", "period_invalid", "使用期限的结束时间须晚于开始时间和当前时间", "The period must end after its start and after now"));
        }
        if (errors.Count > 0)
        {
            return (null, Problem.Invalid(errors));
        }
        return (new ShareRequest
        {
            Id = 0, ResourceCode = resource.Code, ResourceName = resource.Metadata.Name, ShareType = resource.Metadata.ShareType,
            ApplicationId = application.Id, ApplicationName = application.Name, ConsumerDepartmentId = application.DepartmentId, ProviderId = resource.Provider.Id,
            RequesterId = actor.UserId!.Value, RequesterName = actor.Username, Purpose = request.Purpose!.Trim(), LegalBasis = SharingText.Clean(request.LegalBasis),
            Items = items, RowFilter = SharingText.Clean(request.RowFilter), StartsAt = startsAt, EndsAt = endsAt,
            ExpectedVolume = SharingText.Clean(request.ExpectedVolume), Complex = request.Complex,
            Status = conditional ? ShareRequestStatus.Pending : ShareRequestStatus.Approved,
            Deadline = conditional ? DeadlineFor(now, request.Complex) : null, CreatedAt = now,
            DecidedBy = conditional ? null : SystemActor, DecidedAt = conditional ? null : now,
        }, null);
    }

    private static Grant GrantFor(ShareRequest request, IReadOnlyList<string> items, string? rowFilter, IReadOnlyDictionary<string, MaskingRule> masking,
        DateTimeOffset startsAt, DateTimeOffset endsAt, long? dailyQuota, string grantedBy, DateTimeOffset now) => new()
    {
        Id = 0, RequestId = request.Id, ApplicationId = request.ApplicationId, ConsumerDepartmentId = request.ConsumerDepartmentId,
        ResourceCode = request.ResourceCode, ProviderId = request.ProviderId, Items = items, RowFilter = rowFilter, Masking = masking,
        Purpose = request.Purpose, StartsAt = startsAt, EndsAt = endsAt, DailyQuota = dailyQuota, Status = GrantStatus.Active,
        GrantedBy = grantedBy, GrantedAt = now,
    };

    /// <summary>The current time at the microsecond precision PostgreSQL keeps, so what is returned equals what is stored.</summary>
    private DateTimeOffset Now() => Truncate(UtcNow());

    private DateTimeOffset UtcNow() => time.GetUtcNow().ToUniversalTime();

    private static DateTimeOffset Truncate(DateTimeOffset t) => t.AddTicks(-(t.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));

    private static Problem RequestNotFound(long id) => Problem.NotFound($"共享申请 {id} 不存在", $"No share request has the id {id}");
}
