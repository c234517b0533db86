using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Zhongyuan.Crypto;

/// <summary>
/// HMAC-SM3 under one key, prepared once so that many messages (subject keys, pseudonyms, webhook bodies)
/// are cheap to tag. Not thread-safe: use one instance per thread.
/// </summary>
public sealed class Sm3Hmac
{
    private readonly HMac _mac = new(new SM3Digest());

    /// <summary>A MAC under <paramref name="key"/> (any length; 32 random bytes is usual).</summary>
    public Sm3Hmac(ReadOnlySpan<byte> key) => _mac.Init(new KeyParameter(key));

    /// <summary>The 32-byte tag of <paramref name="data"/>.</summary>
    public byte[] Compute(ReadOnlySpan<byte> data)
    {
        var tag = new byte[Sm3.HashSize];
        Compute(data, tag);
        return tag;
    }

    /// <summary>Writes the 32-byte tag of <paramref name="data"/> into <paramref name="destination"/>.</summary>
    public void Compute(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        _mac.BlockUpdate(data);
        _mac.DoFinal(destination);
    }
}
