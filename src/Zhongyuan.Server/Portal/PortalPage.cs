using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Zhongyuan.Server.Portal;

/// <summary>What every page knows while rendering: its language, its own address and who is signed in.</summary>
/// <param name="English">Whether the page is in English.</param>
/// <param name="Path">The request path.</param>
/// <param name="Query">The request query.</param>
/// <param name="User">The caller (a session cookie or a token; anonymous when neither).</param>
internal sealed record PortalPage(bool English, string Path, IQueryCollection Query, ClaimsPrincipal User)
{
    public static PortalPage From(HttpContext context) =>
        new(PortalLanguage.Resolve(context), context.Request.Path.Value ?? "/", context.Request.Query, context.User);

    /// <summary>Whether someone is signed in.</summary>
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>The signed-in user's name, or null.</summary>
    public string? UserName => SignedIn ? User.Identity!.Name : null;

    /// <summary>This page's path and query, for a sign-in link that comes back here.</summary>
    public string Here => Url(Path, Query);

    /// <summary>Chinese or English.</summary>
    public string T(string zh, string en) => English ? en : zh;

    /// <summary>The <c>lang</c> attribute of the page.</summary>
    public string LangTag => English ? "en" : "zh-CN";

    /// <summary>This page's address with some query parameters replaced (a null or empty value removes one).</summary>
    public string With(params (string Name, string? Value)[] changes)
    {
        var query = Query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            if (string.IsNullOrEmpty(value))
            {
                query.Remove(name);
            }
            else
            {
                query[name] = value;
            }
        }
        return Url(Path, query);
    }

    /// <summary>An address from a path and query values; repeated values repeat the parameter.</summary>
    public static string Url(string path, IEnumerable<KeyValuePair<string, StringValues>> query) =>
        QueryHelpers.AddQueryString(path, query.SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v))
            .Select(v => new KeyValuePair<string, string?>(p.Key, v))));
}
