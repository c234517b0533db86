using System.Globalization;
using System.Text;
using Zhongyuan.Crypto;

namespace Zhongyuan.Sharing.Masking;

/// <summary>
/// Keyed pseudonyms (假名化): HMAC-SM3 of a value's UTF-8 under a key derived per grant, as 64 lower-case hex digits.
/// The same value gives the same pseudonym within one grant, so a consumer can still join its own extracts, and
/// unrelated pseudonyms under different grants, so two consumers cannot join theirs. Without the platform key
/// (<see cref="PlatformKeyName"/>, wrapped by the master key) a pseudonym cannot be reversed or recomputed.
/// </summary>
public static class Pseudonyms
{
    /// <summary>The platform key (<see cref="KeyRing.PlatformKeyAsync"/>) grant keys are derived from.</summary>
    public const string PlatformKeyName = "masking.pseudonym";

    /// <summary>The key of one grant: HMAC-SM3(platform key, UTF-8 of <c>grant:</c> + id), 32 bytes.</summary>
    public static byte[] GrantKey(ReadOnlySpan<byte> platformKey, long grantId) =>
        Sm3.Hmac(platformKey, Encoding.UTF8.GetBytes("grant:" + grantId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The pseudonym of <paramref name="value"/> under a grant key's MAC (not thread-safe: one MAC per thread).</summary>
    public static string Of(Sm3Hmac mac, string value)
    {
        ArgumentNullException.ThrowIfNull(mac);
        ArgumentNullException.ThrowIfNull(value);
        return Convert.ToHexStringLower(mac.Compute(Encoding.UTF8.GetBytes(value)));
    }
}
