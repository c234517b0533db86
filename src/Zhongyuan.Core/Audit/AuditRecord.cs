namespace Zhongyuan.Audit;

/// <summary>A stored audit event as the audit administrator reads it.</summary>
/// <param name="Seq">Position in the chain, from 1 without gaps.</param>
/// <param name="At">When it happened (UTC, microseconds).</param>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The user's sign-in name.</param>
/// <param name="Role">The user's role.</param>
/// <param name="DepartmentId">The department.</param>
/// <param name="ApplicationId">The calling application.</param>
/// <param name="Ip">The client address.</param>
/// <param name="Action">What happened, e.g. <c>rows.query</c>.</param>
/// <param name="ResourceCode">The resource concerned.</param>
/// <param name="Items">The information items concerned.</param>
/// <param name="RowCount">Rows returned or exported.</param>
/// <param name="Filter">The row filter.</param>
/// <param name="GrantId">The grant used.</param>
/// <param name="Purpose">The stated purpose.</param>
/// <param name="Result">The outcome.</param>
/// <param name="Detail">Text on the outcome.</param>
/// <param name="SubjectCount">How many subject hashes the event holds.</param>
/// <param name="Hash">The event's chain hash, lower-case hex.</param>
public sealed record AuditRecord(
    long Seq, DateTimeOffset At, long? UserId, string? Username, string? Role, long? DepartmentId, long? ApplicationId, string? Ip,
    string Action, string? ResourceCode, IReadOnlyList<string> Items, long? RowCount, string? Filter, long? GrantId, string? Purpose,
    AuditOutcome Result, string? Detail, int SubjectCount, string Hash);
