using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Http;

/// <summary>
/// The HTTP API of a Zhongyuan server. Every method throws <see cref="ZyProblemException"/> when the
/// server answers with an error status and <see cref="HttpRequestException"/> when none answers.
/// </summary>
internal sealed partial class ZyClient : IDisposable
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private readonly HttpClient _http;
    private readonly Localizer _text;

    public ZyClient(ClientSettings settings, HttpMessageHandler? handler = null)
    {
        if (!Uri.TryCreate(settings.Url.EndsWith('/') ? settings.Url : settings.Url + "/", UriKind.Absolute, out var baseAddress)
            || baseAddress.Scheme is not ("http" or "https"))
        {
            throw new UsageException(settings.Text[$"--url 应为 http:// 或 https:// 地址：{settings.Url}", $"--url must be an http:// or https:// address: {settings.Url}"]);
        }
        _text = settings.Text;
        _http = handler is null ? new HttpClient() : new HttpClient(handler);
        _http.BaseAddress = baseAddress;
        // Uploads of large department files may take long; other requests get RequestTimeout in SendAsync.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/problem+json"));
        _http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(settings.Text.English ? "en" : "zh-CN"));
        if (settings.Token is { } token)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public Uri BaseAddress => _http.BaseAddress!;

    public Task<JsonElement> GetAsync(string pathAndQuery, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, Relative(pathAndQuery)), ct);

    public Task<JsonElement> PostJsonAsync(string path, string json, CancellationToken ct) =>
        PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), ct);

    public Task<JsonElement> PostAsync(string path, HttpContent content, CancellationToken ct) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, Relative(path)) { Content = content }, ct);

    /// <summary>Streams a response body to a file, replacing the file only once the download completed.</summary>
    public async Task<long> DownloadAsync(string pathAndQuery, string file, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Relative(pathAndQuery));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
        var partial = file + ".part";
        try
        {
            var length = await CopyAsync(response.Content, partial, ct).ConfigureAwait(false);
            File.Move(partial, file, overwrite: true);
            return length;
        }
        catch (HttpRequestException e)
        {
            File.Delete(partial);
            // The server answered and then broke off: its failure, not an unreachable server.
            throw new ZyProblemException(new ZyProblem(500, _text["服务器中途中断了下载", "The server broke off the download"], e.Message, []));
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    private static async Task<long> CopyAsync(HttpContent content, string path, CancellationToken ct)
    {
        var target = File.Create(path);
        await using (target.ConfigureAwait(false))
        {
            await content.CopyToAsync(target, ct).ConfigureAwait(false);
            return target.Length;
        }
    }

    public void Dispose() => _http.Dispose();

    private static Uri Relative(string pathAndQuery) => new(pathAndQuery.TrimStart('/'), UriKind.Relative);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(5);

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken ct, bool upload = false)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (!upload)
        {
            timeout.CancelAfter(RequestTimeout);
        }
        ct = timeout.Token;
        using (request)
        using (var response = await _http.SendAsync(request, ct).ConfigureAwait(false))
        {
            await EnsureSuccessAsync(response, ct).ConfigureAwait(false);
            var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var document = await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
                return document.RootElement.Clone();
            }
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw new ZyProblemException(ZyProblem.Parse(response.StatusCode, body));
        }
    }

    private static string Invariant(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
