namespace Zhongyuan.Server.Api;

/// <summary>The body of <c>POST /api/v1/tickets/{id}/reject</c>.</summary>
/// <param name="Reason">Why the data is right as it is; required, at most 500 characters.</param>
public sealed record RejectTicketRequest(string? Reason);
