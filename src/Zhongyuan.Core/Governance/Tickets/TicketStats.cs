namespace Zhongyuan.Governance.Tickets;

/// <summary>How a providing department answers correction tickets.</summary>
/// <param name="DepartmentId">The department.</param>
/// <param name="DepartmentName">Its name.</param>
/// <param name="Open">Tickets waiting for an answer (overdue ones included).</param>
/// <param name="Overdue">Open tickets past their deadline.</param>
/// <param name="Accepted">Tickets accepted.</param>
/// <param name="Rejected">Tickets rejected.</param>
/// <param name="MedianHoursToClose">Median hours from filing to the (last) accept or reject over closed tickets; null when none closed.</param>
public sealed record TicketStats(
    long DepartmentId, string DepartmentName, long Open, long Overdue, long Accepted, long Rejected, double? MedianHoursToClose);
