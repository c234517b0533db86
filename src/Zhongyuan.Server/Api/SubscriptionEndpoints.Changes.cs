using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Crypto;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;
using Zhongyuan.Server.Sharing;
using Zhongyuan.Sharing.Masking;
using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Api;

internal static partial class SubscriptionEndpoints
{
    private const int DefaultLimit = 1000;

    /// <summary>
    /// The next page after <c>since</c> (default: the stored cursor). Sending <c>since</c> acknowledges it: the stored
    /// cursor moves forward to it (never back), so a client that loops <c>since = next</c> until <c>more</c> is false
    /// receives every version once, and after a crash resumes where its last acknowledgement left it.
    /// </summary>
    private static async Task<IResult> Changes(long id, string? since, int? limit, SubscriptionStore store, ResourceStore resources, DatasetStore versions,
        ChangeFeed feed, GrantAccess access, SubscriptionAudit audit, KeyRing keys, TimeProvider time, HttpContext context, CancellationToken ct)
    {
        var (s, problem) = await OwnAsync(id, store, context, ct);
        if (s is null)
        {
            return problem!;
        }
        if (s.Mode != SubscriptionMode.Pull)
        {
            return SubscriptionProblems.NotPull(context, id);
        }
        var cursor = s.Cursor;
        if (since is not null)
        {
            if (SubscriptionCursor.Parse(since) is not { } asked)
            {
                return SubscriptionProblems.BadCursor(context);
            }
            var latest = (await versions.FindVersionAsync(s.ResourceCode, null, ct))?.Version ?? 0;
            if (asked.Version > latest)
            {
                return SubscriptionProblems.CursorAhead(context, latest);
            }
            cursor = asked;
            await store.AcknowledgeAsync(id, asked, time.GetUtcNow(), ct);
        }
        var (grant, refusal) = await access.GrantAsync(context, s.ResourceCode, AuditActions.SubscriptionDeliver, ct);
        if (grant is null)
        {
            return refusal!;
        }
        var remaining = await audit.RemainingAsync(grant, ct);
        if (remaining == 0)
        {
            access.Record(context, s.ResourceCode, grant, AuditActions.SubscriptionDeliver, "daily quota used up");
            return SharingProblems.QuotaExceeded(context, grant.Id, grant.DailyQuota!.Value, await audit.UsedAsync(grant, ct), null, time.GetUtcNow());
        }
        if (await resources.FindAsync(s.ResourceCode, ct) is not { } resource)
        {
            return SubscriptionProblems.ResourceNotFound(context, s.ResourceCode);
        }
        var rows = (int)Math.Min(Math.Clamp(limit ?? DefaultLimit, 1, ChangeFeed.MaxLimit), remaining ?? long.MaxValue);
        var key = Pseudonyms.GrantKey(await keys.PlatformKeyAsync(Pseudonyms.PlatformKeyName, ct), grant.Id);
        ChangeSetPage? page;
        try
        {
            page = await feed.ReadAsync(resource, grant, key, cursor, rows, ct);
        }
        catch (QueryException e)
        {
            access.Record(context, s.ResourceCode, grant, AuditActions.SubscriptionDeliver, "invalid request: " + e.Errors[0].Code, AuditOutcome.Error);
            return ProblemWriter.ToResult(Problem.Invalid(e.Errors), context);
        }
        if (page is null)
        {
            return TypedResults.Ok(SubscriptionChangesBody.UpToDate(s, cursor));
        }
        await audit.DeliveredAsync(Caller(context), s, grant, page);
        var more = !page.EndsVersion || await feed.HasAfterAsync(s.ResourceCode, page.Version, ct);
        return TypedResults.Ok(SubscriptionChangesBody.Of(s, page, more));
    }

    private static AuditEvent Caller(HttpContext context) => new()
    {
        Action = AuditActions.SubscriptionDeliver, UserId = context.User.UserId(), Username = context.User.Identity?.Name,
        DepartmentId = context.User.DepartmentId(), ApplicationId = context.User.ApplicationId(), Ip = context.Connection.RemoteIpAddress?.ToString(),
    };
}
