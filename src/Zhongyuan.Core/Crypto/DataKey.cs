namespace Zhongyuan.Crypto;

/// <summary>An unwrapped key of the ring.</summary>
/// <param name="Id">The key id written into envelopes.</param>
/// <param name="Name"><c>data</c> for rotating data keys, else the platform key's name.</param>
/// <param name="Key">The key bytes (16 for SM4 data keys, 32 for platform keys).</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="RetiredAt">When a newer data key replaced it for encryption; it still decrypts.</param>
internal sealed record DataKey(int Id, string Name, byte[] Key, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt);
