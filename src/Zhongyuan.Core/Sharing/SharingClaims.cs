namespace Zhongyuan.Sharing;

/// <summary>The claims an authenticated application (应用) carries besides the user ones.</summary>
public static class SharingClaims
{
    /// <summary>The application's id; present when the caller authenticated with an application key.</summary>
    public const string Application = "application";

    /// <summary>The id of the application key that authenticated the caller (for usage per key).</summary>
    public const string ApplicationKey = "application_key";
}
