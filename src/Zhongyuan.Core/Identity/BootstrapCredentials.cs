namespace Zhongyuan.Identity;

/// <summary>The first administrator's credentials, shown once at first start and never stored in clear.</summary>
/// <param name="Username">The administrator's sign-in name.</param>
/// <param name="Password">The initial password (to be changed at first sign-in).</param>
/// <param name="Token">An API token with every scope.</param>
public sealed record BootstrapCredentials(string Username, string Password, string Token);
