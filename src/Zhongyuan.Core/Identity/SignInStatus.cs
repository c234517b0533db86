namespace Zhongyuan.Identity;

/// <summary>How a sign-in ended.</summary>
public enum SignInStatus
{
    /// <summary>The password matched an active, unlocked account.</summary>
    Succeeded,

    /// <summary>Unknown username, wrong password or disabled account: deliberately not told apart.</summary>
    Failed,

    /// <summary>The account is locked after consecutive failures (this one may have been the last).</summary>
    LockedOut,
}
