namespace Zhongyuan.Developers;

/// <summary>What a developer sign-up found already taken.</summary>
public enum SignUpConflict
{
    /// <summary>Nothing: the account was made.</summary>
    None,

    /// <summary>The username.</summary>
    Username,

    /// <summary>The e-mail.</summary>
    Email,
}
