namespace Zhongyuan.Server.Api;

/// <summary>A ticket with its history.</summary>
/// <param name="Ticket">The ticket.</param>
/// <param name="Events">Its changes, oldest first.</param>
public sealed record TicketDetailBody(TicketBody Ticket, IReadOnlyList<TicketEventBody> Events);
