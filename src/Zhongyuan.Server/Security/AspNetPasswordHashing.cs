using Microsoft.AspNetCore.Identity;
using Zhongyuan.Identity;

namespace Zhongyuan.Server.Security;

/// <summary>Passwords hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512, salted, versioned).</summary>
internal sealed class AspNetPasswordHashing : IPasswordHashing
{
    // The default hasher ignores the user argument; one shared instance is thread-safe.
    private static readonly PasswordHasher<string> Hasher = new();

    public string Hash(string password) => Hasher.HashPassword("", password);

    public bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword("", hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            // Accounts inserted by hand (tests, imports) may hold no real hash: they cannot sign in with a password.
            return false;
        }
    }
}
