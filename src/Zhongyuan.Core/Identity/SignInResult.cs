namespace Zhongyuan.Identity;

/// <summary>The result of a sign-in.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="User">The account when it succeeded.</param>
/// <param name="LockedUntil">The end of the lockout when locked out.</param>
public sealed record SignInResult(SignInStatus Status, UserAccount? User, DateTimeOffset? LockedUntil);
