namespace Zhongyuan.Developers;

/// <summary>What a person fills in to register as a developer (注册开发者).</summary>
/// <param name="Username">Sign-in name: lower-case letters, digits, <c>.</c>, <c>_</c>, <c>-</c>; 3 to 64, starting with a letter.</param>
/// <param name="DisplayName">Name shown in the interface, 1 to 100 characters.</param>
/// <param name="Email">Contact e-mail, unique among developers; stored lower-case.</param>
/// <param name="Password">The password they choose, held to the platform's <see cref="Identity.PasswordPolicy"/>.</param>
public sealed record DeveloperSignUp(string? Username, string? DisplayName, string? Email, string? Password);
