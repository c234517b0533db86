namespace Zhongyuan.Governance.Tickets;

/// <summary>A ticket with its history.</summary>
/// <param name="Ticket">The ticket.</param>
/// <param name="Events">Its changes, oldest first.</param>
public sealed record TicketDetail(Ticket Ticket, IReadOnlyList<TicketEvent> Events);
