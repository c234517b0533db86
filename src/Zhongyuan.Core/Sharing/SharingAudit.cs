using Zhongyuan.Audit;

namespace Zhongyuan.Sharing;

/// <summary>Builds the audit events of sharing decisions with the caller's identity filled in.</summary>
internal static class SharingAudit
{
    /// <summary>An event of <paramref name="action"/> by <paramref name="actor"/>.</summary>
    public static AuditEvent By(SharingActor actor, string action, string? detail = null) => new()
    {
        Action = action, Detail = detail, UserId = actor.UserId, Username = actor.Username, DepartmentId = actor.DepartmentId,
        ApplicationId = actor.ApplicationId,
    };

    /// <summary>An event about a grant, naming its resource, items, purpose and filter.</summary>
    public static AuditEvent About(this AuditEvent e, Grant grant) => e with
    {
        GrantId = grant.Id, ResourceCode = grant.ResourceCode, Items = grant.Items, Purpose = grant.Purpose, Filter = grant.RowFilter,
    };
}
