namespace Zhongyuan.Identity;

/// <summary>The first administrators' credentials, shown once at first start and never stored in clear.</summary>
/// <param name="Username">The system administrator's sign-in name.</param>
/// <param name="Password">The system administrator's initial password (to be changed at first sign-in).</param>
/// <param name="Token">An API token of the system administrator with every scope of that role.</param>
/// <param name="Accounts">The three administrator accounts (系统、安全、审计管理员), system administrator first.</param>
public sealed record BootstrapCredentials(string Username, string Password, string Token, IReadOnlyList<BootstrapAccount> Accounts);
