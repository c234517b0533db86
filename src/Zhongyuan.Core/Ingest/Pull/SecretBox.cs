using System.Security.Cryptography;
using System.Text;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// Encrypts secrets kept in the control plane (connection strings, API keys) with AES-256-GCM under one
/// 32-byte master key. A sealed secret is the text <c>v1:&lt;nonce&gt;:&lt;cipher+tag&gt;</c> (both base64),
/// so a later scheme can be told apart by its prefix.
/// </summary>
/// <remarks>
/// Interim scheme: the crypto issue replaces it with SM4 (GB/T 32907) key wrapping under a managed master key;
/// values written as <c>v1</c> are then re-sealed. The master key comes from <c>ZY_MASTER_KEY</c> (base64 of 32
/// bytes) or from <c>&lt;data&gt;/keys/master.key</c>, created with mode 0600 on first use.
/// </remarks>
public sealed class SecretBox
{
    /// <summary>The environment variable holding the master key as base64.</summary>
    public const string EnvironmentVariable = "ZY_MASTER_KEY";

    private const string Version = "v1";
    private const int KeyLength = 32;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private readonly byte[] _key;

    /// <summary>A box over a 32-byte key.</summary>
    /// <exception cref="ArgumentException">The key is not 32 bytes long.</exception>
    public SecretBox(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != KeyLength)
        {
            throw new ArgumentException($"The master key must be {KeyLength} bytes.", nameof(key));
        }
        _key = (byte[])key.Clone();
    }

    /// <summary>
    /// The box for a data directory: the key from <paramref name="environmentKey"/> (base64) when given, else
    /// from <c>keys/master.key</c> under <paramref name="dataDirectory"/>, which is created (random, mode 0600) when missing.
    /// </summary>
    /// <exception cref="FormatException">The environment key is not base64 of 32 bytes.</exception>
    public static SecretBox Open(string dataDirectory, string? environmentKey)
    {
        if (!string.IsNullOrWhiteSpace(environmentKey))
        {
            var key = Convert.FromBase64String(environmentKey.Trim());
            return key.Length == KeyLength ? new SecretBox(key) : throw new FormatException($"{EnvironmentVariable} must be base64 of {KeyLength} bytes.");
        }
        return new SecretBox(KeyFile(Path.Combine(dataDirectory, "keys", "master.key")));
    }

    /// <summary>Seals a secret: a fresh random nonce each time, so equal secrets give different texts.</summary>
    public string Encrypt(string plain)
    {
        var data = Encoding.UTF8.GetBytes(plain);
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var sealedBytes = new byte[data.Length + TagLength];
        using var aes = new AesGcm(_key, TagLength);
        aes.Encrypt(nonce, data, sealedBytes.AsSpan(0, data.Length), sealedBytes.AsSpan(data.Length), AssociatedData);
        return $"{Version}:{Convert.ToBase64String(nonce)}:{Convert.ToBase64String(sealedBytes)}";
    }

    /// <summary>Opens a sealed secret.</summary>
    /// <exception cref="CryptographicException">Another key sealed it, it was altered, or it is not a <c>v1</c> text.</exception>
    public string Decrypt(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0] != Version)
        {
            throw new CryptographicException("Not a sealed v1 secret.");
        }
        byte[] nonce, sealedBytes;
        try
        {
            nonce = Convert.FromBase64String(parts[1]);
            sealedBytes = Convert.FromBase64String(parts[2]);
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
        using var aes = new AesGcm(_key, TagLength);
        aes.Decrypt(nonce, sealedBytes.AsSpan(0, plain.Length), sealedBytes.AsSpan(plain.Length), plain, AssociatedData);
        return Encoding.UTF8.GetString(plain);
    }

    // Binds the cipher text to this scheme and version.
    private static ReadOnlySpan<byte> AssociatedData => "zhongyuan-secret-v1"u8;

    private static byte[] KeyFile(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            return existing.Length == KeyLength ? existing : throw new CryptographicException($"The master key file {path} must hold {KeyLength} bytes.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(KeyLength);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(key);
            stream.Flush(flushToDisk: true);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return KeyFile(path);
        }
    }
}
