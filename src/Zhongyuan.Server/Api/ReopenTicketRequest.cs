namespace Zhongyuan.Server.Api;

/// <summary>The body of <c>POST /api/v1/tickets/{id}/reopen</c>.</summary>
/// <param name="Note">Why it is reopened, at most 500 characters.</param>
public sealed record ReopenTicketRequest(string? Note);
