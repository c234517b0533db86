using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Tests;

/// <summary>The real server on real embedded storage in a temporary data directory, seeded with the demo province.</summary>
public sealed class ZhongyuanFactory : WebApplicationFactory<PlatformState>
{
    private readonly bool _ownsDirectory;

    public ZhongyuanFactory()
        : this(Directory.CreateTempSubdirectory("zy-server-").FullName, ownsDirectory: true)
    {
    }

    private ZhongyuanFactory(string dataDirectory, bool ownsDirectory)
    {
        DataDirectory = dataDirectory;
        _ownsDirectory = ownsDirectory;
    }

    public string DataDirectory { get; }

    /// <summary>Persons of demo data to generate and load (0: catalog only, which most tests need).</summary>
    public int DemoPersons { get; init; }

    /// <summary>A server over an existing data directory, left in place when disposed (to test restarts).</summary>
    public static ZhongyuanFactory Over(string dataDirectory) => new(dataDirectory, ownsDirectory: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Zhongyuan:DataDirectory", DataDirectory);
        builder.UseSetting("Zhongyuan:Demo", "true");
        builder.UseSetting("Zhongyuan:PrintBootstrap", "false");
        builder.UseSetting("Zhongyuan:DemoPersons", DemoPersons.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The bootstrap administrator's token.</summary>
    public string Token => Services.GetRequiredService<PlatformState>().Bootstrap?.Token
        ?? throw new InvalidOperationException("The platform was bootstrapped by an earlier start; its token was shown then.");

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
        if (!_ownsDirectory)
        {
            return;
        }
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
