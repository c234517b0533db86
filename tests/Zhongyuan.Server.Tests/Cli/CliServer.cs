using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Tests.Cli;

/// <summary>A real Kestrel server with the demo province on a free loopback port, for the CLI to talk to.</summary>
public sealed class CliServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("zy-cli-").FullName;
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    public string Token { get; private set; } = "";

    /// <summary>The running server's services.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        _app = ZhongyuanApp.Create([
            "--urls=http://127.0.0.1:0", $"--Zhongyuan:DataDirectory={_dataDirectory}",
            "--Zhongyuan:Demo=true", "--Zhongyuan:DemoPersons=0", "--Zhongyuan:PrintBootstrap=false"]);
        await _app.StartAsync();
        Url = _app.Urls.Single();
        Token = _app.Services.GetRequiredService<PlatformState>().Bootstrap!.Token;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The index may still be closing; the OS cleans the temp directory.
        }
    }

    /// <summary>A loopback URL where nothing listens: a port that was free a moment ago.</summary>
    public static string ClosedUrl()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
