namespace Zhongyuan.Governance.Tickets;

/// <summary>One change of a ticket: who did what, when.</summary>
/// <param name="Action">What happened.</param>
/// <param name="ActorId">The user's id.</param>
/// <param name="ActorName">The user's sign-in name at the time.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Note">The note given with it: the accept note, the rejection reason, the old and new deadline.</param>
public sealed record TicketEvent(TicketAction Action, long ActorId, string ActorName, DateTimeOffset At, string? Note);
