namespace Zhongyuan.Audit;

/// <summary>One use of records about a subject (a resident or an organisation): who received them, when, under which grant.</summary>
/// <param name="Seq">The audit event.</param>
/// <param name="At">When.</param>
/// <param name="DepartmentId">The receiving department.</param>
/// <param name="DepartmentName">Its name, when the department still exists.</param>
/// <param name="ApplicationId">The receiving application.</param>
/// <param name="GrantId">The grant.</param>
/// <param name="Purpose">The stated purpose.</param>
/// <param name="Action">How: <c>rows.query</c>, <c>rows.export</c>, <c>subscription.deliver</c>…</param>
/// <param name="ResourceCode">The resource the records came from.</param>
public sealed record SubjectUse(
    long Seq, DateTimeOffset At, long? DepartmentId, string? DepartmentName, long? ApplicationId, long? GrantId, string? Purpose,
    string Action, string? ResourceCode);
