using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Identity;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// The parties of the sharing API tests on the demo province: 河南省公安厅 provides 人口基本信息 (有条件共享), 河南省民政厅
/// consumes, a user of 河南省生态环境厅 is a bystander. Accounts are inserted directly (no user API yet).
/// </summary>
internal sealed class SharingApiClients
{
    private SharingApiClients(ZhongyuanFactory factory) => Factory = factory;

    public ZhongyuanFactory Factory { get; }
    public string Population { get; private set; } = "";
    public long Police { get; private set; }
    public long Civil { get; private set; }
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient ProviderSteward { get; private set; } = null!;
    public HttpClient ConsumerSteward { get; private set; } = null!;
    public HttpClient ConsumerUser { get; private set; } = null!;
    public HttpClient OtherUser { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;

    public static async Task<SharingApiClients> CreateAsync(ZhongyuanFactory factory)
    {
        var c = new SharingApiClients(factory) { Admin = factory.CreateAdminClient(), Anonymous = factory.CreateClient() };
        var page = await c.Admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var population = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");
        c.Population = population.GetProperty("code").GetString()!;
        c.Police = population.GetProperty("provider").GetProperty("id").GetInt64();
        var departments = await c.Admin.GetFromJsonAsync<JsonElement>("/api/v1/departments");
        long Id(string name) => departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == name).GetProperty("id").GetInt64();
        c.Civil = Id("河南省民政厅");
        c.ProviderSteward = await c.UserAsync(c.Police, "data:read data:write");
        c.ConsumerSteward = await c.UserAsync(c.Civil, "data:read data:write");
        c.ConsumerUser = await c.UserAsync(c.Civil, "data:read");
        c.OtherUser = await c.UserAsync(Id("河南省生态环境厅"), "data:read");
        return c;
    }

    /// <summary>A new application of 民政厅 registered by its steward; returns its id.</summary>
    public async Task<long> ApplicationAsync()
    {
        var response = await ConsumerSteward.PostAsJsonAsync("/api/v1/applications", new { name = "系统" + Guid.NewGuid().ToString("N")[..8], contact = "王科长" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonBodies.ReadAsync(response)).GetProperty("id").GetInt64();
    }

    /// <summary>A pending request of the population resource by a new application; returns the request and application ids.</summary>
    public async Task<(long Request, long Application)> PendingAsync()
    {
        var application = await ApplicationAsync();
        var response = await ConsumerUser.PostAsJsonAsync($"/api/v1/resources/{Population}/share-requests", new
        {
            applicationId = application, purpose = "低保资格审核", legalBasis = "《社会救助暂行办法》", items = new[] { "公民身份号码", "姓名", "户籍地址" },
            rowFilter = "户籍地址 like '郑州市%'",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await JsonBodies.ReadAsync(response)).GetProperty("id").GetInt64(), application);
    }

    /// <summary>An approved grant of the population resource for a new application; returns the grant and application ids.</summary>
    public async Task<(long Grant, long Application)> GrantAsync()
    {
        var (request, application) = await PendingAsync();
        var response = await ProviderSteward.PostAsJsonAsync($"/api/v1/share-requests/{request}/approve", new { items = new[] { "公民身份号码", "姓名" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await JsonBodies.ReadAsync(response)).GetProperty("grant").GetProperty("id").GetInt64(), application);
    }

    public HttpClient WithToken(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpClient> UserAsync(long department, string scopes)
    {
        var database = Factory.Services.GetRequiredService<Database>();
        long id;
        await using (var c = await database.OpenAsync())
        {
            id = await c.ExecuteScalarAsync<long>(database.Sql("Identity/Sql/InsertUser"), new
            {
                Username = "u" + Guid.NewGuid().ToString("N")[..12], DisplayName = "测试用户", PasswordHash = "x", Role = nameof(Role.DepartmentUser),
                DepartmentId = department, MustChangePassword = false, CreatedAt = TimeProvider.System.GetUtcNow(),
            });
        }
        return WithToken(await Factory.Services.GetRequiredService<IdentityStore>().CreateTokenAsync(id, "test", scopes, null));
    }
}
