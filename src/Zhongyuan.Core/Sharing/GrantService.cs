using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Sharing;

/// <summary>
/// Grants (授权) after they are made: read by the consumer and provider departments (and by the application holding
/// them); suspended, resumed, revoked, renewed and re-quota'd by the provider's data stewards or a platform
/// administrator. Every change is a grant event and an audit event.
/// </summary>
public sealed class GrantService(GrantStore store, AuditLog audit, TimeProvider time)
{
    /// <summary>A grant with its history, for the two departments, the application itself and administrators.</summary>
    public async Task<Outcome<GrantDetail>> FindAsync(long id, SharingActor actor, CancellationToken ct = default)
    {
        var grant = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (grant is null)
        {
            return NotFound(id);
        }
        return MayView(grant, actor)
            ? new GrantDetail(grant, await store.EventsAsync(id, ct).ConfigureAwait(false))
            : Problem.Forbidden("只有申请方、提供方部门人员和管理员可以查看该授权", "Only the consuming and providing departments and administrators may see this grant");
    }

    /// <summary>
    /// Lists grants. Administrators see all; a user sees those where the department (default: their own) is consumer or
    /// provider, and may not name another department; an application sees its own.
    /// </summary>
    public async Task<Outcome<(IReadOnlyList<Grant> Items, long Total)>> ListAsync(GrantQuery query, SharingActor actor, CancellationToken ct = default)
    {
        GrantQuery scoped;
        if (actor.ApplicationId is { } application)
        {
            scoped = query with { ApplicationId = application };
        }
        else if (actor.IsAdmin)
        {
            scoped = query;
        }
        else if (actor.DepartmentId is { } own && (query.DepartmentId ?? own) == own)
        {
            scoped = query with { DepartmentId = own };
        }
        else
        {
            return Problem.Forbidden("只能查看本部门作为申请方或提供方的授权", "You may only list grants where your department consumes or provides");
        }
        return await store.ListAsync(scoped, ct).ConfigureAwait(false);
    }

    /// <summary>Pauses an active grant; accesses are refused until it is resumed.</summary>
    public Task<Outcome<Grant>> SuspendAsync(long id, string? note, SharingActor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, GrantAction.Suspended, note, false, [GrantStatus.Active], g => g with { Status = GrantStatus.Suspended }, ct);

    /// <summary>Resumes a suspended grant.</summary>
    public Task<Outcome<Grant>> ResumeAsync(long id, string? note, SharingActor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, GrantAction.Resumed, note, false, [GrantStatus.Suspended], g => g with { Status = GrantStatus.Active }, ct);

    /// <summary>Ends an active or suspended grant for good; the reason is required.</summary>
    public Task<Outcome<Grant>> RevokeAsync(long id, string? reason, SharingActor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, GrantAction.Revoked, reason, true, [GrantStatus.Active, GrantStatus.Suspended], g => g with { Status = GrantStatus.Revoked }, ct);

    /// <summary>
    /// Gives an active or suspended grant a new end, later than its start and than now (an earlier end than today's
    /// shortens it). The event notes the old and the new end.
    /// </summary>
    public async Task<Outcome<Grant>> RenewAsync(long id, DateTimeOffset? endsAt, SharingActor actor, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (endsAt is null || endsAt <= now)
        {
            return Problem.Invalid([FieldError.Of("endsAt", endsAt is null ? "required" : "period_invalid", "请给出晚于当前时间的新结束时间", "Give a new end after now")]);
        }
        var end = Truncate(endsAt.Value.ToUniversalTime());
        return await ChangeAsync(id, actor, GrantAction.Renewed, null, false, [GrantStatus.Active, GrantStatus.Suspended],
            g => g with { EndsAt = end }, ct, g => $"{g.EndsAt:O} → {end:O}").ConfigureAwait(false);
    }

    /// <summary>Sets the daily quota (rows per China day) of an active or suspended grant; null removes the limit.</summary>
    public async Task<Outcome<Grant>> SetQuotaAsync(long id, long? dailyQuota, SharingActor actor, CancellationToken ct = default)
    {
        if (dailyQuota is < 1)
        {
            return Problem.Invalid([FieldError.Of("dailyQuota", "quota_invalid", "每日配额须为正整数", "dailyQuota must be a positive whole number")]);
        }
        return await ChangeAsync(id, actor, GrantAction.QuotaChanged, null, false, [GrantStatus.Active, GrantStatus.Suspended],
            g => g with { DailyQuota = dailyQuota }, ct, g => $"{g.DailyQuota?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"} → {dailyQuota?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"}").ConfigureAwait(false);
    }

    private async Task<Outcome<Grant>> ChangeAsync(long id, SharingActor actor, GrantAction action, string? note, bool noteRequired,
        GrantStatus[] from, Func<Grant, Grant> change, CancellationToken ct, Func<Grant, string>? describe = null)
    {
        var grant = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (grant is null)
        {
            return NotFound(id);
        }
        if (!(actor.IsStewardOf(grant.ProviderId) || (actor.IsUser && actor.IsAdmin)))
        {
            return Problem.Forbidden("只有提供方部门的数据管理员（需 data:write 权限）或管理员可以变更该授权",
                "Only the providing department's data stewards (with data:write) or administrators may change this grant");
        }
        var errors = new List<FieldError>();
        SharingText.Check(errors, noteRequired ? "reason" : "note", noteRequired ? "理由" : "说明", note, 1000, noteRequired);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        if (!from.Contains(grant.Status))
        {
            return Problem.Conflict($"授权当前为“{Localization.Labels.Zh(grant.Status)}”状态，不能{Localization.Labels.Zh(action)}",
                $"The grant is {grant.Status}; it cannot be {action}");
        }
        var changed = change(grant);
        var text = describe?.Invoke(grant) ?? SharingText.Clean(note);
        var e = new GrantEvent(action, actor.Username, Truncate(time.GetUtcNow().ToUniversalTime()), text);
        if (!await store.UpdateAsync(changed, grant.Status, e, ct).ConfigureAwait(false))
        {
            return Problem.Conflict("授权已被他人变更，请刷新后重试", "The grant was changed meanwhile; reload and try again");
        }
        audit.Append(SharingAudit.By(actor, AuditActions.GrantChange, $"{action.ToString().ToLowerInvariant()} {text}".TrimEnd()).About(changed) with { ApplicationId = changed.ApplicationId });
        return changed;
    }

    private static bool MayView(Grant grant, SharingActor actor) =>
        actor.ApplicationId == grant.ApplicationId || actor.MaySee(grant.ConsumerDepartmentId) || actor.MaySee(grant.ProviderId);

    private static DateTimeOffset Truncate(DateTimeOffset t) => t.AddTicks(-(t.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));

    private static Problem NotFound(long id) => Problem.NotFound($"授权 {id} 不存在", $"No grant has the id {id}");
}
