using Zhongyuan.Identity;

namespace Zhongyuan.Tests.Identity;

/// <summary>An account made by <see cref="ZhongyuanFactory.CreateAccountAsync"/>.</summary>
/// <param name="Id">User id.</param>
/// <param name="Username">Sign-in name.</param>
/// <param name="Password">Its password (already changed: no forced change).</param>
/// <param name="Role">Its role.</param>
/// <param name="DepartmentId">Its department.</param>
/// <param name="Token">A token with every scope of the role, valid 30 days.</param>
public sealed record TestAccount(long Id, string Username, string Password, Role Role, long? DepartmentId, string Token);
