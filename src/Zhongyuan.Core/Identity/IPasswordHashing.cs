namespace Zhongyuan.Identity;

/// <summary>
/// Hashes and checks passwords. The server implements it with ASP.NET Core's <c>PasswordHasher</c> (PBKDF2, salted,
/// versioned); Core stays free of ASP.NET.
/// </summary>
public interface IPasswordHashing
{
    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    string Hash(string password);

    /// <summary>Whether <paramref name="password"/> matches the stored <paramref name="hash"/>.</summary>
    bool Verify(string hash, string password);
}
