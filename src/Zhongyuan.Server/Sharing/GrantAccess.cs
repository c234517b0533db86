using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Crypto;
using Zhongyuan.Developers;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Query;
using Zhongyuan.Server.Security;
using Zhongyuan.Sharing;
using Zhongyuan.Sharing.Access;
using Zhongyuan.Sharing.Masking;

namespace Zhongyuan.Server.Sharing;

/// <summary>
/// The enforcement of grants on the data access paths. <see cref="OpenAsync"/> decides what a request may read: an
/// application (<see cref="SharingClaims.Application"/>) only through a grant in force (else 403), within its daily
/// quota (else 429), as the grant's masked view; other callers read the version as before. Every access of an
/// application, and every refusal, becomes an audit event (<see cref="DeliveredAsync"/>, <see cref="Record"/>).
/// </summary>
internal sealed class GrantAccess(GrantUsageStore usage, KeyUsageStore keyUsage, KeyRing keys, AuditLog audit, TimeProvider time)
{
    /// <summary>Most subject keys recorded per audit event.</summary>
    public const int MaxSubjectKeys = 1000;

    /// <summary>The scope of a request on a version, or the refusal to send (already audited).</summary>
    public async Task<(DataScope? Scope, IResult? Refusal)> OpenAsync(HttpContext context, Resource resource, DatasetVersion version, string action, CancellationToken ct)
    {
        var path = context.RequestServices.GetRequiredService<DataPlane>().Full(version.File);
        if (context.User.ApplicationId() is not { } application)
        {
            return (DataScope.Unrestricted(RowsView.Of(path, version.Columns)), null);
        }
        var (grant, refusal) = await GrantAsync(context, resource.Code, action, ct);
        if (grant is null)
        {
            return (null, refusal);
        }
        var now = time.GetUtcNow();
        long? remaining = null;
        if (grant.DailyQuota is { } quota)
        {
            var used = await usage.RowsAsync(grant.Id, ChinaDay.Of(now), ct);
            if (used >= quota)
            {
                Record(context, resource.Code, grant, action, "daily quota used up");
                return (null, SharingProblems.QuotaExceeded(context, grant.Id, quota, used, null, now));
            }
            remaining = quota - used;
        }
        var key = Pseudonyms.GrantKey(await keys.PlatformKeyAsync(Pseudonyms.PlatformKeyName, ct), grant.Id);
        var granted = GrantViews.Build(path, version.Columns, resource.Metadata.Items, grant, key);
        return (DataScope.ForGrant(granted, remaining, [.. version.Columns.Select(c => c.Name)]), null);
    }

    /// <summary>
    /// The grant in force of the calling application on a resource, or the 403 to send (audited). Callers that are not
    /// applications get neither: they are not restricted by grants.
    /// </summary>
    public async Task<(Grant? Grant, ProblemHttpResult? Refusal)> GrantAsync(HttpContext context, string code, string action, CancellationToken ct)
    {
        if (context.User.ApplicationId() is not { } application)
        {
            return (null, null);
        }
        var now = time.GetUtcNow();
        var lookup = context.RequestServices.GetService<IGrantLookup>();
        var grant = lookup is null ? null : await lookup.InForceAsync(application, code, now, ct);
        if (grant is null || !grant.IsInForce(now) || grant.ApplicationId != application || grant.ResourceCode != code)
        {
            Record(context, code, grant: null, action, "no grant in force");
            return (null, SharingProblems.NoGrant(context, application, code));
        }
        return (grant, null);
    }

    /// <summary>Refuses columns the grant does not cover: 403 naming them (audited); null when all are covered.</summary>
    public IResult? CheckItems(HttpContext context, string code, DataScope scope, string action, IEnumerable<string>? names)
    {
        var missing = scope.NotGranted(names);
        if (missing.Count == 0)
        {
            return null;
        }
        Record(context, code, scope.Granted!.Grant, action, "items not granted: " + string.Join(", ", missing));
        return SharingProblems.NotGranted(context, code, missing);
    }

    /// <summary>
    /// Counts the delivered rows against the grant's quota and appends the audit event of an application's access
    /// (nothing for other callers). <paramref name="hidden"/> are the raw subject keys of the delivered rows.
    /// </summary>
    public async Task DeliveredAsync(HttpContext context, string code, DataScope scope, string action, IReadOnlyList<string> items, long rows,
        string? filter, IReadOnlyList<object?[]>? hidden, string? detail = null)
    {
        if (scope.Granted is not { Grant: var grant })
        {
            return;
        }
        var now = time.GetUtcNow();
        if (rows > 0 || grant.DailyQuota is not null)
        {
            await usage.AddAsync(grant.Id, ChinaDay.Of(now), rows, now, CancellationToken.None);
        }
        if (context.User.ApplicationKeyId() is { } keyId)
        {
            // Usage per key for the developer centre: every call served under a grant, with its rows.
            await keyUsage.AddAsync(keyId, ChinaDay.Of(now), rows, now, CancellationToken.None);
        }
        audit.Append(Event(context, code, grant, action, AuditOutcome.Ok, detail) with
        {
            Items = items, RowCount = rows, Filter = FilterText(grant, filter), SubjectKeys = Subjects(hidden),
        });
    }

    /// <summary>Appends the audit event of a refused (or, with <paramref name="outcome"/>, failed) access by an application.</summary>
    public void Record(HttpContext context, string code, Grant? grant, string action, string reason, AuditOutcome outcome = AuditOutcome.Denied) =>
        audit.Append(Event(context, code, grant, action, outcome, reason));

    private static AuditEvent Event(HttpContext context, string code, Grant? grant, string action, AuditOutcome result, string? detail) => new()
    {
        Action = action,
        Result = result,
        Detail = detail,
        UserId = context.User.UserId(),
        Username = context.User.Identity?.Name,
        DepartmentId = context.User.DepartmentId(),
        ApplicationId = context.User.ApplicationId(),
        Ip = context.Connection.RemoteIpAddress?.ToString(),
        ResourceCode = code,
        GrantId = grant?.Id,
        Purpose = grant?.Purpose,
    };

    private static string? FilterText(Grant grant, string? filter) => (grant.RowFilter, filter) switch
    {
        (null, _) => filter,
        (_, null) => "grant: " + grant.RowFilter,
        _ => string.Create(CultureInfo.InvariantCulture, $"grant: {grant.RowFilter}; caller: {filter}"),
    };

    private static List<string>? Subjects(IReadOnlyList<object?[]>? hidden) =>
        hidden is null ? null : [.. hidden.SelectMany(r => r).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxSubjectKeys)];
}
