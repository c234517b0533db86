using System.Security.Cryptography;
using System.Text;
using Zhongyuan.Crypto;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>
/// The signature of a webhook body: header <c>X-ZY-Signature: sm3=&lt;hex&gt;</c>, the lower-case hex of
/// HMAC-SM3 keyed with the UTF-8 bytes of the subscription's secret over the exact body bytes.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The signature header.</summary>
    public const string Header = "X-ZY-Signature";

    /// <summary>The delivery id header: the same for every retry of one page, so receivers can drop duplicates.</summary>
    public const string DeliveryHeader = "X-ZY-Delivery";

    /// <summary>The header with the attempt's time (Unix seconds), so receivers can refuse stale replays.</summary>
    public const string TimestampHeader = "X-ZY-Timestamp";

    /// <summary>The prefix naming the algorithm.</summary>
    public const string Prefix = "sm3=";

    /// <summary>A new secret: 32 random bytes, base64url, prefixed <c>zyws_</c>.</summary>
    public static string NewSecret() => "zyws_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The header value for <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + Convert.ToHexStringLower(Sm3.Hmac(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="body"/> under <paramref name="secret"/> (constant time).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));
}
