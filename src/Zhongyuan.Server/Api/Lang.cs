using Microsoft.Net.Http.Headers;

namespace Zhongyuan.Server.Api;

/// <summary>Chooses the language of messages: Chinese by default, English when the caller prefers it.</summary>
internal static class Lang
{
    /// <summary>
    /// English when <c>?lang=en</c> is given, or when the most preferred <c>Accept-Language</c> tag is English.
    /// </summary>
    public static bool IsEnglish(HttpContext context)
    {
        if (context.Request.Query.TryGetValue("lang", out var lang))
        {
            return lang.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase);
        }
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(v => v.Quality ?? 1.0)
            .FirstOrDefault();
        return preferred?.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>The <c>Content-Language</c> of an answer.</summary>
    public static string Tag(bool english) => english ? "en" : "zh-CN";

    /// <summary>Marks the response language.</summary>
    public static void MarkResponse(HttpContext context, bool english) =>
        context.Response.Headers[HeaderNames.ContentLanguage] = Tag(english);
}
