namespace Zhongyuan.Audit;

/// <summary>A page of audit events, newest first.</summary>
/// <param name="Items">The events.</param>
/// <param name="NextBefore">Pass as <c>before</c> for the next (older) page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, long? NextBefore);
