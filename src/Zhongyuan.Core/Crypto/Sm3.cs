using Org.BouncyCastle.Crypto.Digests;

namespace Zhongyuan.Crypto;

/// <summary>SM3 (GB/T 32905-2016), the 256-bit hash, and HMAC-SM3 (RFC 2104 over SM3).</summary>
public static class Sm3
{
    /// <summary>The length of an SM3 hash and of an HMAC-SM3 tag, in bytes.</summary>
    public const int HashSize = 32;

    /// <summary>The SM3 hash of <paramref name="data"/>: 32 bytes.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var hash = new byte[HashSize];
        Hash(data, hash);
        return hash;
    }

    /// <summary>Writes the SM3 hash of <paramref name="data"/> into the first 32 bytes of <paramref name="destination"/>.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        digest.DoFinal(destination);
    }

    /// <summary>HMAC-SM3 of <paramref name="data"/> under <paramref name="key"/> (any length): 32 bytes.</summary>
    public static byte[] Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data) => new Sm3Hmac(key).Compute(data);

    /// <summary>An incremental hasher, for data that arrives in parts.</summary>
    public static Sm3Hasher CreateHasher() => new();
}
