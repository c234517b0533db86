using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhongyuan.Departments;
using Zhongyuan.Identity;
using Zhongyuan.Server.Hosting;
using Zhongyuan.Tests.Identity;

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

    /// <summary>
    /// A clock to run the server on instead of the system clock (e.g. a <c>FakeTimeProvider</c> to test session idle
    /// timeouts and lockouts); null for the system clock.
    /// </summary>
    public TimeProvider? Time { get; init; }

    /// <summary>A server over an existing data directory, left in place when disposed (to test restarts).</summary>
    public static ZhongyuanFactory Over(string dataDirectory) => new(dataDirectory, ownsDirectory: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Zhongyuan:DataDirectory", DataDirectory);
        builder.UseSetting("Zhongyuan:Demo", "true");
        builder.UseSetting("Zhongyuan:PrintBootstrap", "false");
        builder.UseSetting("Zhongyuan:DemoPersons", DemoPersons.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Time is { } time)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(time)));
        }
    }

    /// <summary>The bootstrap system administrator's token (every scope of that role: catalog, data, admin, users:manage).</summary>
    public string Token => Bootstrap.Token;

    /// <summary>The three administrators created at first start (admin, secadmin, auditadmin) with their initial passwords.</summary>
    public BootstrapCredentials Bootstrap => Services.GetRequiredService<PlatformState>().Bootstrap
        ?? throw new InvalidOperationException("The platform was bootstrapped by an earlier start; its credentials were shown then.");

    /// <summary>A client that sends the administrator's token.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>
    /// A client with a Bearer token of a new account holding <paramref name="role"/>, its token carrying every scope
    /// the role allows (<see cref="RoleScopes"/>), valid 30 days. Department roles (steward, department user, analyst)
    /// take <paramref name="departmentId"/>, or the first demo department when it is null; administrator roles take none.
    /// The account's password is already changed, so it is not held to the initial-password rule. Example:
    /// <code>var steward = await factory.CreateClientForAsync(Role.DataSteward, departmentId);</code>
    /// </summary>
    public async Task<HttpClient> CreateClientForAsync(Role role, long? departmentId = null) =>
        WithToken((await CreateAccountAsync(role, departmentId)).Token);

    /// <summary>The blocking form of <see cref="CreateClientForAsync"/>, for use where awaiting is awkward.</summary>
    public HttpClient CreateClientFor(Role role, long? departmentId = null) =>
        CreateClientForAsync(role, departmentId).GetAwaiter().GetResult();

    /// <summary>
    /// A new account holding <paramref name="role"/> (department as in <see cref="CreateClientForAsync"/>) with a
    /// policy-conforming password (already changed) and a token of every scope of the role.
    /// </summary>
    public async Task<TestAccount> CreateAccountAsync(Role role, long? departmentId = null)
    {
        var store = Services.GetRequiredService<IdentityStore>();
        var department = RoleScopes.IsAdministrator(role) ? null
            : departmentId ?? (RoleScopes.RequiresDepartment(role) ? (await Services.GetRequiredService<DepartmentStore>().ListAsync())[0].Id : null);
        var username = "t" + Guid.NewGuid().ToString("N")[..12];
        var password = InitialPassword.New();
        var hash = Services.GetRequiredService<IPasswordHashing>().Hash(password);
        var id = await store.InsertUserAsync(new NewUser(username, "测试 " + role, role, department), hash, mustChangePassword: false);
        var expires = Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(30);
        var token = await store.CreateTokenAsync(id, "test", RoleScopes.Joined(role), expires);
        return new TestAccount(id, username, password, role, department, token);
    }

    /// <summary>A client that sends the token.</summary>
    public HttpClient WithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// Closes the catalog index before the host goes: the minimal-hosting host is disposed on its own thread and may not
    /// have released Lucene's write lock when a test opens a second server over the same directory (a restart).
    /// </summary>
    private void ReleaseIndex()
    {
        try
        {
            (_host?.Services.GetService(typeof(Zhongyuan.Search.CatalogIndex)) as IDisposable)?.Dispose();
        }
        catch (ObjectDisposedException)
        {
            // The host is gone already, and the index with it.
        }
    }

    private Microsoft.Extensions.Hosting.IHost? _host;

    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder) => _host = base.CreateHost(builder);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReleaseIndex();
        }
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
