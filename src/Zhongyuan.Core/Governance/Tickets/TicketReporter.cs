namespace Zhongyuan.Governance.Tickets;

/// <summary>Who filed a ticket.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The user's sign-in name at the time.</param>
/// <param name="DepartmentId">The user's department, if any.</param>
public sealed record TicketReporter(long UserId, string Username, long? DepartmentId);
