namespace Zhongyuan.Server.Api;

/// <summary>The body of <c>POST /api/v1/tickets/{id}/accept</c>.</summary>
/// <param name="FixedInVersion">The data version carrying the fix: an existing version (when the resource has data), not before the one reported.</param>
/// <param name="Note">A note for the reporter, at most 500 characters.</param>
public sealed record AcceptTicketRequest(int? FixedInVersion, string? Note);
