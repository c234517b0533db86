using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Sharing;

/// <summary>The provider's side: approve (possibly narrowing) or refuse with a reason.</summary>
public sealed partial class ShareRequestService
{
    /// <summary>
    /// Approves a pending request as the providing department's data steward, creating the grant. The approval may only
    /// narrow the request (see <see cref="ShareApproval"/>).
    /// </summary>
    public async Task<Outcome<(ShareRequest Request, Grant Grant)>> ApproveAsync(long id, ShareApproval approval, SharingActor actor, CancellationToken ct = default)
    {
        var (request, problem) = await PendingForAsync(id, actor, ct).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }
        var resource = await resources.FindAsync(request.ResourceCode, ct).ConfigureAwait(false);
        if (resource is null)
        {
            return Problem.NotFound($"信息资源“{request.ResourceCode}”不存在", $"No resource has the code \"{request.ResourceCode}\"");
        }
        var now = Now();
        var errors = new List<FieldError>();
        var grant = Narrow(request, approval, resource, now, errors) with { GrantedBy = actor.Username };
        SharingText.Check(errors, "note", "审核意见", approval.Note, 500, required: false);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var decided = request with { Status = ShareRequestStatus.Approved, DecidedBy = actor.Username, DecidedAt = now };
        var stored = await store.DecideAsync(decided, grant, SharingText.Clean(approval.Note), ct).ConfigureAwait(false);
        if (stored is null)
        {
            return AlreadyDecided();
        }
        var granted = grant with { Id = stored.GrantId!.Value };
        audit.Append(SharingAudit.By(actor, AuditActions.GrantApprove, $"request {id}").About(granted) with { ApplicationId = granted.ApplicationId });
        return (stored, granted);
    }

    /// <summary>Refuses a pending request; the reason (at most 1000 characters) is required and shown to the consumer.</summary>
    public async Task<Outcome<ShareRequest>> RefuseAsync(long id, string? reason, SharingActor actor, CancellationToken ct = default)
    {
        var (request, problem) = await PendingForAsync(id, actor, ct).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }
        var errors = new List<FieldError>();
        SharingText.Check(errors, "reason", "拒绝理由", reason, 1000, required: true);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var decided = request with { Status = ShareRequestStatus.Refused, DecidedBy = actor.Username, DecidedAt = Now(), RefusalReason = reason!.Trim() };
        var stored = await store.DecideAsync(decided, null, null, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return AlreadyDecided();
        }
        audit.Append(SharingAudit.By(actor, AuditActions.GrantRefuse, reason.Trim()) with
        {
            ResourceCode = request.ResourceCode, Items = request.Items, Purpose = request.Purpose, ApplicationId = request.ApplicationId,
        });
        return stored;
    }

    /// <summary>The grant an approval makes of a request, adding errors where the approval widens the request.</summary>
    private Grant Narrow(ShareRequest request, ShareApproval approval, Resource resource, DateTimeOffset now, List<FieldError> errors)
    {
        var items = approval.Items is { Count: > 0 } chosen ? SharingRules.CheckItems(errors, "items", chosen, resource) : request.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (!request.Items.Contains(items[i], StringComparer.Ordinal))
            {
                errors.Add(FieldError.Of($"items[{i}]", "item_not_requested", $"信息项“{items[i]}”不在申请范围内", $"The item \"{items[i]}\" was not requested"));
            }
        }
        SharingRules.CheckFilter(errors, "rowFilter", approval.RowFilter, resource);
        var masking = approval.Masking ?? new Dictionary<string, MaskingRule>();
        foreach (var item in masking.Keys.Where(k => !items.Contains(k, StringComparer.Ordinal)))
        {
            errors.Add(FieldError.Of("masking", "item_not_granted", $"脱敏规则中的“{item}”不是授权的信息项", $"\"{item}\" in masking is not a granted item"));
        }
        var startsAt = Truncate(approval.StartsAt?.ToUniversalTime() ?? (request.StartsAt > now ? request.StartsAt : now));
        var endsAt = Truncate(approval.EndsAt?.ToUniversalTime() ?? request.EndsAt);
        if (startsAt < request.StartsAt.AddSeconds(-1) || endsAt > request.EndsAt || endsAt <= startsAt || endsAt <= now)
        {
            errors.Add(FieldError.Of("endsAt", "period_outside_request", "授权期限须在申请期限之内，且结束时间晚于开始时间和当前时间",
                "The grant's period must lie within the requested one and end after its start and after now"));
        }
        if (approval.DailyQuota is < 1)
        {
            errors.Add(FieldError.Of("dailyQuota", "quota_invalid", "每日配额须为正整数", "dailyQuota must be a positive whole number"));
        }
        return GrantFor(request, items, SharingRules.Combine(request.RowFilter, approval.RowFilter), masking, startsAt, endsAt, approval.DailyQuota, "", now);
    }

    /// <summary>The request when it exists, is pending and the caller is a data steward of its provider; else the problem.</summary>
    private async Task<(ShareRequest? Request, Problem? Problem)> PendingForAsync(long id, SharingActor actor, CancellationToken ct)
    {
        var request = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (request is null)
        {
            return (null, RequestNotFound(id));
        }
        if (!actor.IsStewardOf(request.ProviderId))
        {
            return (null, Problem.Forbidden("只有提供方部门的数据管理员（需 data:write 权限）可以审核该共享申请",
                "Only the providing department's data stewards (with data:write) may answer this request"));
        }
        return request.Status == ShareRequestStatus.Pending ? (request, null) : (null, AlreadyDecided());
    }

    private static Problem AlreadyDecided() => Problem.Conflict("该共享申请已办结", "The request has already been answered");
}
