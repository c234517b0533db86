namespace Zhongyuan.Identity;

/// <summary>Who asks for an identity change, as the audit trail records it.</summary>
/// <param name="UserId">The caller's account.</param>
/// <param name="Username">The caller's sign-in name.</param>
/// <param name="Role">The caller's role.</param>
/// <param name="DepartmentId">The caller's department, if any.</param>
/// <param name="Ip">The client address, if known.</param>
public sealed record IdentityActor(long UserId, string Username, Role Role, long? DepartmentId, string? Ip);
