namespace Zhongyuan.Governance.Tickets;

/// <summary>A page of tickets and how many match in all.</summary>
/// <param name="Items">The page, newest first.</param>
/// <param name="Total">Matching tickets across all pages.</param>
public sealed record TicketPage(IReadOnlyList<Ticket> Items, long Total);
