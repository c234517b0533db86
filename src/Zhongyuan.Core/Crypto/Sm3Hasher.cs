using Org.BouncyCastle.Crypto.Digests;

namespace Zhongyuan.Crypto;

/// <summary>An incremental SM3 hash: append parts, then take the hash (which resets it for reuse). Not thread-safe.</summary>
public sealed class Sm3Hasher
{
    private readonly SM3Digest _digest = new();

    /// <summary>Adds bytes to the hashed data.</summary>
    public void Append(ReadOnlySpan<byte> data) => _digest.BlockUpdate(data);

    /// <summary>Writes the hash of everything appended since the last reset into <paramref name="destination"/> (32 bytes) and resets.</summary>
    public void GetHashAndReset(Span<byte> destination) => _digest.DoFinal(destination);

    /// <summary>The hash of everything appended since the last reset, then resets.</summary>
    public byte[] GetHashAndReset()
    {
        var hash = new byte[Sm3.HashSize];
        _digest.DoFinal(hash);
        return hash;
    }
}
