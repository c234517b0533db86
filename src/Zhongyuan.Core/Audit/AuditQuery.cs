namespace Zhongyuan.Audit;

/// <summary>Filters of the audit trail; null means any. Results come newest first.</summary>
/// <param name="From">Events at or after this time.</param>
/// <param name="To">Events before this time.</param>
/// <param name="UserId">Events of this user.</param>
/// <param name="DepartmentId">Events of this department.</param>
/// <param name="ResourceCode">Events about this resource.</param>
/// <param name="Action">Events of this action, e.g. <c>rows.export</c>.</param>
/// <param name="Result">Events with this outcome.</param>
public sealed record AuditQuery(
    DateTimeOffset? From = null, DateTimeOffset? To = null, long? UserId = null, long? DepartmentId = null,
    string? ResourceCode = null, string? Action = null, AuditOutcome? Result = null);
