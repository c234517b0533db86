namespace Zhongyuan.Server.Portal;

/// <summary>
/// The portal's language: Simplified Chinese unless <c>?lang=en</c> was given or remembered in a cookie. The
/// <c>Accept-Language</c> header is ignored on purpose: the portal is Chinese first, and English is a choice.
/// </summary>
internal static class PortalLanguage
{
    /// <summary>The cookie that remembers the choice.</summary>
    public const string Cookie = "zy-lang";

    /// <summary>Whether the page is English; remembers an explicit <c>?lang=</c> in the cookie.</summary>
    public static bool Resolve(HttpContext context)
    {
        var query = context.Request.Query["lang"].ToString();
        if (query.Length > 0)
        {
            var english = query.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            context.Response.Cookies.Append(Cookie, english ? "en" : "zh", new CookieOptions
            {
                Path = "/", MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true,
            });
            return english;
        }
        return string.Equals(context.Request.Cookies[Cookie], "en", StringComparison.Ordinal);
    }
}
