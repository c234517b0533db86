namespace Zhongyuan.Sharing;

/// <summary>One change of a grant: who, when, what, and a note (the reason of a revocation, the old and new end…).</summary>
/// <param name="Action">What happened.</param>
/// <param name="Actor">Who did it (username, or <c>system</c>).</param>
/// <param name="At">When.</param>
/// <param name="Note">Reason or details.</param>
public sealed record GrantEvent(GrantAction Action, string Actor, DateTimeOffset At, string? Note);
