using Microsoft.AspNetCore.Builder;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Benchmarks;

/// <summary>A real server with the demo catalog (no demo persons) in a fresh data directory under a work directory; deleted when disposed.</summary>
internal sealed class DemoBenchServer : IAsyncDisposable
{
    private readonly string _directory;

    private DemoBenchServer(WebApplication app, string directory)
    {
        App = app;
        _directory = directory;
    }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<DemoBenchServer> StartAsync(string work)
    {
        var directory = Path.Combine(work, "server-" + Guid.NewGuid().ToString("N")[..8]);
        var app = ZhongyuanApp.Create([$"--Zhongyuan:DataDirectory={directory}", "--urls=http://127.0.0.1:0", "--Zhongyuan:Demo=true",
            "--Zhongyuan:DemoPersons=0", "--Zhongyuan:PrintBootstrap=false", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        return new DemoBenchServer(app, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
