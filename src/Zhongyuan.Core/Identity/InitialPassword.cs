using System.Security.Cryptography;

namespace Zhongyuan.Identity;

/// <summary>Random one-time passwords that satisfy <see cref="PasswordPolicy"/> (one character of each class at least).</summary>
public static class InitialPassword
{
    // Look-alike characters (0/O, 1/l/I) are left out: these passwords are read off a screen and typed.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "!#%+-=?@";
    private const string Any = Upper + Lower + Digits + Symbols;

    /// <summary>A new random password of <paramref name="length"/> characters (at least 10).</summary>
    public static string New(int length = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, PasswordPolicy.MinLength);
        var chars = new char[length];
        chars[0] = Pick(Upper);
        chars[1] = Pick(Lower);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < length; i++)
        {
            chars[i] = Pick(Any);
        }
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
