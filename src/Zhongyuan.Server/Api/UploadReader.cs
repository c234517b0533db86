using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Streams an upload to a file in the job's staging directory without buffering it: the first file part
/// of a multipart/form-data body, or the raw body (its name from <c>?filename=</c>). Uploads have no size
/// limit (a department's file may be several gigabytes); disk space is the limit.
/// </summary>
internal static class UploadReader
{
    private const int BufferSize = 1 << 20;

    public static async Task<(string Path, string Name)?> SaveAsync(HttpContext context, string directory, string? filename, CancellationToken ct)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }
        var contentType = context.Request.ContentType;
        if (contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media)
            && media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await SaveMultipartAsync(context, media, directory, ct);
        }
        if (string.IsNullOrWhiteSpace(filename))
        {
            return null;
        }
        return (await CopyAsync(context.Request.Body, directory, filename, ct), SafeName(filename));
    }

    private static async Task<(string, string)?> SaveMultipartAsync(HttpContext context, MediaTypeHeaderValue media, string directory, CancellationToken ct)
    {
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return null;
        }
        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                var name = (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value) ?? "upload";
                return (await CopyAsync(section.Body, directory, HeaderUtilities.RemoveQuotes(name).Value ?? name, ct), SafeName(name));
            }
        }
        return null;
    }

    private static async Task<string> CopyAsync(Stream body, string directory, string name, CancellationToken ct)
    {
        var path = System.IO.Path.Combine(directory, "source" + System.IO.Path.GetExtension(SafeName(name)).ToLowerInvariant());
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
        await body.CopyToAsync(file, BufferSize, ct);
        return path;
    }

    /// <summary>The file name without any directory part a client may have sent.</summary>
    private static string SafeName(string name) => System.IO.Path.GetFileName(name.Replace('\\', '/').Trim('"')) is { Length: > 0 } n ? n : "upload";
}
