namespace Zhongyuan.Identity;

/// <summary>Sign-in and session settings, bound from <c>Zhongyuan:Security</c>.</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Zhongyuan:Security";

    /// <summary>Consecutive failed sign-ins that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A signed-in session without requests for this many minutes ends (sliding expiration).</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>The longest lifetime of an API token, in days.</summary>
    public int MaxTokenDays { get; set; } = 365;
}
