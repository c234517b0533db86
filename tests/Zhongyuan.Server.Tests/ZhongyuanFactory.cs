using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Tests;

/// <summary>The real server on real embedded storage in a temporary data directory, seeded with the demo province.</summary>
public sealed class ZhongyuanFactory : WebApplicationFactory<PlatformState>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("zy-server-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Zhongyuan:DataDirectory", DataDirectory);
        builder.UseSetting("Zhongyuan:Demo", "true");
        builder.UseSetting("Zhongyuan:PrintBootstrap", "false");
    }

    /// <summary>The bootstrap administrator's token.</summary>
    public string Token => Services.GetRequiredService<PlatformState>().Bootstrap!.Token;

    /// <summary>A client that sends the administrator's token.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The index may still be closing; the temp directory is cleaned by the OS.
        }
    }
}
