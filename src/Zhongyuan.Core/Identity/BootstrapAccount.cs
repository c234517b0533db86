namespace Zhongyuan.Identity;

/// <summary>One of the three administrator accounts created at first start.</summary>
/// <param name="Username">Sign-in name.</param>
/// <param name="Role">Its administrator role.</param>
/// <param name="Password">The initial password, to be changed at first sign-in.</param>
public sealed record BootstrapAccount(string Username, Role Role, string Password);
