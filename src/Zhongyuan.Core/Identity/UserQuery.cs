namespace Zhongyuan.Identity;

/// <summary>Filters of the account list; null means any.</summary>
/// <param name="Search">Part of the username or display name.</param>
/// <param name="Role">Accounts of this role.</param>
/// <param name="DepartmentId">Accounts of this department.</param>
/// <param name="Disabled">Only disabled (true) or only active (false) accounts.</param>
/// <param name="Limit">Page size, 1 to 500.</param>
/// <param name="Offset">Accounts to skip.</param>
public sealed record UserQuery(string? Search = null, Role? Role = null, long? DepartmentId = null, bool? Disabled = null, int Limit = 50, int Offset = 0);
