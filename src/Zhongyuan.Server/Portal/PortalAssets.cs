using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Zhongyuan.Server.Portal;

/// <summary>
/// The portal's stylesheet and scripts, embedded in the assembly from <c>wwwroot/portal/</c>: the server runs from any
/// directory (tests, <c>zy serve</c>) without a web root, and a few small files need no static-file pipeline. Each is
/// served at <c>/portal/{name}</c> and linked with a hash of its content, so browsers may cache it for a year.
/// </summary>
internal static class PortalAssets
{
    private static readonly ConcurrentDictionary<string, Asset?> Assets = new(StringComparer.Ordinal);

    /// <summary>The address of an embedded asset with its content hash, e.g. <c>/portal/portal.js?v=…</c>.</summary>
    public static string Url(string name) =>
        "/portal/" + name + "?v=" + (Find(name) ?? throw new InvalidOperationException($"The portal asset {name} is not embedded.")).Version;

    /// <summary>Serves an embedded asset (404 when there is none of that name).</summary>
    public static IResult Get(string name, HttpContext context)
    {
        if (Find(name) is not { } asset)
        {
            return Results.NotFound();
        }
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset? Find(string name) => Assets.GetOrAdd(name, Load);

    private static Asset? Load(string name)
    {
        var type = Path.GetExtension(name) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            _ => null,
        };
        if (type is null || name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }
        using var stream = typeof(PortalAssets).Assembly.GetManifestResourceStream("Zhongyuan.Server.wwwroot.portal." + name);
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
    }

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
