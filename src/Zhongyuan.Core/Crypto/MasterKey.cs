using System.Security.Cryptography;

namespace Zhongyuan.Crypto;

/// <summary>
/// The master key, which wraps (encrypts) the data keys and nothing else. From the environment variable
/// <c>ZY_MASTER_KEY</c> (base64) when set, else from <c>&lt;data&gt;/keys/master.key</c>, created with 16 random bytes
/// and mode 0600 at first start. 16 bytes are the SM4 key itself; 32 bytes are a master key from before SM4 (the
/// AES-GCM era): the SM4 key is then derived from it, and it still opens the secrets sealed under AES.
/// </summary>
public sealed class MasterKey
{
    /// <summary>The environment variable holding the master key as base64.</summary>
    public const string EnvironmentVariable = "ZY_MASTER_KEY";

    private const int LegacyLength = 32;

    private MasterKey(byte[] key, string source)
    {
        Source = source;
        if (key.Length == Sm4Gcm.KeySize)
        {
            Sm4Key = key;
            return;
        }
        LegacyAesKey = key;
        Sm4Key = Sm3.Hmac(key, "zhongyuan/master/sm4"u8)[..Sm4Gcm.KeySize];
    }

    /// <summary>Where the key came from: the environment variable's name or the key file's path.</summary>
    public string Source { get; }

    /// <summary>The SM4 key that wraps the data keys.</summary>
    internal byte[] Sm4Key { get; }

    /// <summary>The pre-SM4 AES-256 key, when the master key is 32 bytes; it only decrypts old <c>v1:</c> secrets.</summary>
    internal byte[]? LegacyAesKey { get; }

    /// <summary>A master key from raw bytes (16, or 32 for a pre-SM4 key).</summary>
    /// <exception cref="ArgumentException">Another length.</exception>
    public static MasterKey FromBytes(byte[] key, string source = "memory")
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length is Sm4Gcm.KeySize or LegacyLength
            ? new MasterKey((byte[])key.Clone(), source)
            : throw new ArgumentException($"The master key must be {Sm4Gcm.KeySize} bytes (or {LegacyLength} from before SM4).", nameof(key));
    }

    /// <summary>The master key from <paramref name="environmentValue"/> (base64) when given, else from the data directory's key file.</summary>
    /// <exception cref="FormatException">The environment value is not base64 of 16 (or 32) bytes.</exception>
    /// <exception cref="CryptographicException">The key file has another length.</exception>
    public static MasterKey Open(string dataDirectory, string? environmentValue)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            var key = Convert.FromBase64String(environmentValue.Trim());
            return key.Length is Sm4Gcm.KeySize or LegacyLength
                ? new MasterKey(key, EnvironmentVariable)
                : throw new FormatException($"{EnvironmentVariable} must be base64 of {Sm4Gcm.KeySize} bytes.");
        }
        var path = Path.Combine(dataDirectory, "keys", "master.key");
        var bytes = KeyFiles.ReadOrCreate(path, () => RandomNumberGenerator.GetBytes(Sm4Gcm.KeySize));
        return bytes.Length is Sm4Gcm.KeySize or LegacyLength
            ? new MasterKey(bytes, path)
            : throw new CryptographicException($"The master key file {path} must hold {Sm4Gcm.KeySize} bytes.");
    }

    /// <summary>Text naming the key for messages, never the key itself.</summary>
    public override string ToString() => "master key from " + Source;
}
