using System.Net;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// Downloads an HTTP pull source into the job's staging directory as <c>source.csv</c> or <c>source.json</c>
/// (by Content-Type, else by the URL's extension), streaming, with a size limit and a time limit.
/// </summary>
internal sealed class HttpFetcher(HttpClient client)
{
    /// <summary>The largest body accepted.</summary>
    public const long MaxBytes = 10L * 1024 * 1024 * 1024;

    /// <summary>The longest a whole download may take.</summary>
    public static readonly TimeSpan DownloadTimeout = TimeSpan.FromHours(2);

    /// <summary>A client for pull sources: redirects followed (never https → http), connect and header timeouts.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 10,
        ConnectTimeout = TimeSpan.FromSeconds(30),
        AutomaticDecompression = DecompressionMethods.All,
    })
    { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>Writes the body to <paramref name="directory"/> and returns its path.</summary>
    /// <exception cref="PullFetchException">The server could not be reached, answered with an error, or sent too much.</exception>
    public async Task<string> FetchAsync(PullSource source, string directory, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(DownloadTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, source.Url);
            if (source.HeaderName is { Length: > 0 } name)
            {
                request.Headers.TryAddWithoutValidation(name, source.HeaderValue);
            }
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new PullFetchException($"数据地址返回了错误状态 {status} {response.ReasonPhrase}", $"The URL answered with status {status} {response.ReasonPhrase}");
            }
            var path = Path.Combine(directory, "source" + Extension(response.Content.Headers.ContentType?.MediaType, response.RequestMessage?.RequestUri ?? request.RequestUri!));
            await using var body = await response.Content.ReadAsStreamAsync(limit.Token).ConfigureAwait(false);
            await CopyAsync(body, path, limit.Token).ConfigureAwait(false);
            return path;
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PullFetchException("下载数据超时", $"The download timed out after {DownloadTimeout.TotalMinutes} minutes", e);
        }
        catch (HttpRequestException e)
        {
            throw new PullFetchException($"无法访问数据地址：{e.Message}", $"Could not reach the URL: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new PullFetchException($"下载数据时连接中断：{e.Message}", $"The download was interrupted: {e.Message}", e);
        }
    }

    private static async Task CopyAsync(Stream body, string path, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > MaxBytes)
            {
                throw new PullFetchException($"数据超过上限 {MaxBytes / (1L << 30)} GB", $"The body exceeds the limit of {MaxBytes / (1L << 30)} GB");
            }
            await file.WriteAsync(buffer.AsMemory(0, read), ct).ConfigureAwait(false);
        }
    }

    /// <summary><c>.json</c> for JSON media types or a <c>.json</c> URL, <c>.ndjson</c> likewise, else <c>.csv</c>.</summary>
    internal static string Extension(string? mediaType, Uri url)
    {
        var media = mediaType?.ToLowerInvariant() ?? "";
        var urlExtension = Path.GetExtension(url.AbsolutePath).ToLowerInvariant();
        if (media.Contains("ndjson", StringComparison.Ordinal) || media.Contains("jsonl", StringComparison.Ordinal) || urlExtension is ".ndjson" or ".jsonl")
        {
            return ".ndjson";
        }
        return media.EndsWith("json", StringComparison.Ordinal) || urlExtension == ".json" ? ".json" : ".csv";
    }
}
