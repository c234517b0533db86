using System.Security.Cryptography;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The portal's stylesheet, embedded in the assembly from <c>wwwroot/portal/</c>: the server runs from any directory
/// (tests, <c>zy serve</c>) without a web root, and one small file needs no static-file pipeline.
/// </summary>
internal static class PortalAssets
{
    private static readonly Lazy<byte[]> Stylesheet = new(() => Load("portal.css"));
    private static readonly Lazy<string> Version = new(() => Convert.ToHexStringLower(SHA256.HashData(Stylesheet.Value))[..12]);

    /// <summary>A short hash of the stylesheet, for cache busting.</summary>
    public static string StylesheetVersion => Version.Value;

    /// <summary>Serves the stylesheet, cacheable for a year (its address carries its hash).</summary>
    public static IResult Css(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(PortalAssets).Assembly.GetManifestResourceStream("Zhongyuan.Server.wwwroot.portal." + name)
            ?? throw new InvalidOperationException($"The portal asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
