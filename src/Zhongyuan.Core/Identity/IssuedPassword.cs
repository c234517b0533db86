namespace Zhongyuan.Identity;

/// <summary>An account with the one-time initial password just given to it, shown once and never stored in clear.</summary>
/// <param name="User">The account.</param>
/// <param name="InitialPassword">The password to hand over; the account must change it at first sign-in.</param>
public sealed record IssuedPassword(UserAccount User, string InitialPassword);
