using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Tests;

/// <summary>
/// A real server on a free loopback port over a temporary data directory with the demo catalog, one open resource
/// loaded with <see cref="Rows"/> rows through the upload API, and a headless Chromium (Debian's, never a download).
/// </summary>
public sealed partial class PortalServer : IAsyncLifetime
{
    /// <summary>Rows uploaded into the open resource.</summary>
    public const int Rows = 30;

    private readonly string _directory = Directory.CreateTempSubdirectory("zy-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The bootstrap system administrator's API token (scopes of the system administrator).</summary>
    public string AdminToken { get; private set; } = "";

    /// <summary>The running server's services (stores, options), for test set-up that the API does not offer.</summary>
    public IServiceProvider Services => _app!.Services;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The open resource with data: code, name and items (name, data type).</summary>
    public OpenResource Resource { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/screenshots under the test output directory.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("ZY_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {chromium} (Debian package 'chromium'; tests/run.sh installs it). Browsers are never downloaded.");
        }
        _app = ZhongyuanApp.Create([$"--Zhongyuan:DataDirectory={_directory}", "--urls=http://127.0.0.1:0", "--Zhongyuan:Demo=true",
            "--Zhongyuan:DemoPersons=0", "--Zhongyuan:PrintBootstrap=false", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var token = AdminToken = _app.Services.GetRequiredService<PlatformState>().Bootstrap?.Token
            ?? throw new InvalidOperationException("A fresh data directory bootstraps the administrators.");
        using var api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Resource = await LoadOpenResourceAsync(api);
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new page in a fresh context (no cookies), with short timeouts.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "zh-CN",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/{name}.png.</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    private static async Task<OpenResource> LoadOpenResourceAsync(HttpClient api)
    {
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var open = page.GetProperty("items").EnumerateArray()
            .Where(r => r.GetProperty("metadata").GetProperty("openType").GetString() == "unconditional")
            .Select(OpenResource.From)
            .Where(r => r.Items.Any(i => i.Type == "integer") && r.Items.Any(i => i.Type == "text"))
            .OrderBy(r => r.Items.Any(i => i.HasRules) ? 1 : 0).ThenBy(r => r.Code, StringComparer.Ordinal)
            .First();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(open.Csv(Rows)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await api.PostAsync($"/api/v1/resources/{open.Code}/data?filename=data.csv", content);
        response.EnsureSuccessStatusCode();
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        await WaitForJobAsync(api, job.GetProperty("id").GetString()!);
        return open;
    }

    private static async Task WaitForJobAsync(HttpClient api, string id)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            var job = await api.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}");
            var state = job.GetProperty("state").GetString();
            if (state == "succeeded")
            {
                Assert.Equal(Rows, job.GetProperty("rowsRead").GetInt64() - job.GetProperty("rowsRejected").GetInt64());
                return;
            }
            if (state is "failed" || TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new InvalidOperationException($"The demo upload did not succeed: {job}");
            }
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The index may still be closing; the temp directory is cleaned by the OS.
        }
    }
}
