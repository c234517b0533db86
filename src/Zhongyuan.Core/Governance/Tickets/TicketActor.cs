namespace Zhongyuan.Governance.Tickets;

/// <summary>The caller of a ticket operation, as far as ticket rules care.</summary>
/// <param name="UserId">The user's id.</param>
/// <param name="Username">The user's sign-in name.</param>
/// <param name="DepartmentId">The user's department, if any.</param>
/// <param name="IsAdmin">Whether the caller holds the <c>admin</c> scope: may handle and see every ticket.</param>
/// <param name="CanWriteData">Whether the caller holds <c>data:write</c>: with the provider's department, may handle its tickets.</param>
public sealed record TicketActor(long UserId, string Username, long? DepartmentId, bool IsAdmin, bool CanWriteData)
{
    /// <summary>Whether the caller may accept, reject or re-date tickets of the providing department.</summary>
    public bool MayHandle(long providerId) => IsAdmin || (CanWriteData && DepartmentId == providerId);

    /// <summary>Whether the caller belongs to the department (or is an administrator) and so sees all its tickets.</summary>
    public bool MaySeeDepartment(long departmentId) => IsAdmin || DepartmentId == departmentId;

    /// <summary>Whether the caller may read the ticket: its reporter, the provider's members, or an administrator.</summary>
    public bool MayView(Ticket ticket) => ticket.Reporter.UserId == UserId || MaySeeDepartment(ticket.ProviderId);

    /// <summary>The ticket's reporter when this caller files one.</summary>
    public TicketReporter AsReporter() => new(UserId, Username, DepartmentId);
}
