using System.Security.Cryptography;
using System.Text;

namespace Zhongyuan.Crypto;

/// <summary>
/// Reads secrets sealed before SM4 by the AES-256-GCM scheme: <c>v1:&lt;nonce&gt;:&lt;cipher+tag&gt;</c> (base64 parts),
/// associated data <c>zhongyuan-secret-v1</c>. Read only: new secrets are sealed by <see cref="KeyRing"/>.
/// </summary>
internal static class LegacySecret
{
    public const string Prefix = "v1:";
    private const int NonceLength = 12;
    private const int TagLength = 16;

    public static bool Is(string text) => text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <exception cref="CryptographicException">No legacy key, another key sealed it, or it was altered.</exception>
    public static string Open(byte[]? key, string text)
    {
        if (key is null)
        {
            throw new CryptographicException("The secret was sealed with the pre-SM4 AES scheme, and the master key is not the 32-byte key that sealed it.");
        }
        var parts = text.Split(':');
        byte[] nonce, sealedBytes;
        try
        {
            nonce = parts.Length == 3 ? Convert.FromBase64String(parts[1]) : [];
            sealedBytes = parts.Length == 3 ? Convert.FromBase64String(parts[2]) : [];
        }
        catch (FormatException e)
        {
            throw new CryptographicException("Not a sealed v1 secret.", e);
        }
        if (nonce.Length != NonceLength || sealedBytes.Length < TagLength)
        {
            throw new CryptographicException("Not a sealed v1 secret.");
        }
        var plain = new byte[sealedBytes.Length - TagLength];
        using var aes = new AesGcm(key, TagLength);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), plain, "zhongyuan-secret-v1"u8);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>Seals in the old format; only tests use it, to make values as the old code stored them.</summary>
    public static string Seal(byte[] key, string plain)
    {
        var data = Encoding.UTF8.GetBytes(plain);
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var sealedBytes = new byte[data.Length + TagLength];
        using var aes = new AesGcm(key, TagLength);
        aes.Encrypt(nonce, data, sealedBytes.AsSpan(0, data.Length), sealedBytes.AsSpan(data.Length), "zhongyuan-secret-v1"u8);
        return $"{Prefix}{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(sealedBytes)}";
    }
}
