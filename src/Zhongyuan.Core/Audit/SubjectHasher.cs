using System.Text;
using Zhongyuan.Crypto;

namespace Zhongyuan.Audit;

/// <summary>
/// Keyed hashes of subject keys (公民身份号码, 统一社会信用代码): HMAC-SM3 under the platform key
/// <see cref="KeyName"/> of the UTF-8 of the key trimmed, without spaces and in upper case (so <c>x</c> and <c>X</c> agree).
/// </summary>
internal static class SubjectHasher
{
    /// <summary>The platform key of <see cref="KeyRing.PlatformKeyAsync"/> that subject hashes use.</summary>
    public const string KeyName = "audit.subjects";

    public static string Normalize(string key) => key.Trim().Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    public static byte[] Hash(Sm3Hmac mac, string key) => mac.Compute(Encoding.UTF8.GetBytes(Normalize(key)));

    /// <summary>The distinct hashes of <paramref name="keys"/> concatenated (32 bytes each), or null for none.</summary>
    public static byte[]? HashAll(Sm3Hmac mac, IReadOnlyList<string>? keys)
    {
        if (keys is null || keys.Count == 0)
        {
            return null;
        }
        var distinct = keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Normalize).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return null;
        }
        var all = new byte[distinct.Count * Sm3.HashSize];
        for (var i = 0; i < distinct.Count; i++)
        {
            mac.Compute(Encoding.UTF8.GetBytes(distinct[i]), all.AsSpan(i * Sm3.HashSize, Sm3.HashSize));
        }
        return all;
    }
}
