using System.Net;
using Zhongyuan.Catalog;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>
/// Which webhook URLs are accepted: absolute <c>https</c> URLs without user info; plain <c>http</c> only to a loopback
/// host (<c>127.0.0.1</c>, <c>::1</c>, <c>localhost</c>) and only when the platform allows it (tests, local trials), since
/// change sets hold personal data and must not cross a network unencrypted.
/// </summary>
public static class WebhookUrls
{
    /// <summary>The error for <paramref name="url"/> (field <c>url</c>), or null when it is accepted.</summary>
    public static FieldError? Check(string? url, bool allowLoopbackHttp)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return FieldError.Of("url", "required", "推送方式需要回调地址 url", "A webhook subscription needs a url");
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || uri.Scheme is not ("https" or "http"))
        {
            return FieldError.Of("url", "invalid_url", "回调地址应为不含用户信息的 https 绝对地址", "url must be an absolute https URL without user info");
        }
        if (uri.Scheme == "http" && !(allowLoopbackHttp && IsLoopback(uri)))
        {
            return FieldError.Of("url", "https_required", "回调地址必须使用 https（数据含个人信息，不得明文传输）", "url must use https (the data holds personal information and must not travel in clear text)");
        }
        return null;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
