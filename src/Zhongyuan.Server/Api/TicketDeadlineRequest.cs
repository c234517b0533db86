namespace Zhongyuan.Server.Api;

/// <summary>The body of <c>PUT /api/v1/tickets/{id}/deadline</c>.</summary>
/// <param name="Deadline">The new deadline, an ISO 8601 time with offset (e.g. <c>2026-03-20T18:00:00+08:00</c>), after the ticket was filed.</param>
public sealed record TicketDeadlineRequest(DateTimeOffset? Deadline);
