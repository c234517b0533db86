namespace Zhongyuan.Server.Api;

/// <summary>A page of tickets.</summary>
/// <param name="Items">The tickets, newest first.</param>
/// <param name="Total">Matching tickets across all pages.</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Offset">Tickets skipped.</param>
public sealed record TicketPageBody(IReadOnlyList<TicketBody> Items, long Total, int Limit, int Offset);
