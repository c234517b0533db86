using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Identity;
using Zhongyuan.Ingest.Pull;

namespace Zhongyuan.Tests.Api;

public sealed class KeyApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    [Fact]
    public async Task Rotate_SecurityAdministrator_NewDataKeyAndOldSecretsStillOpen()
    {
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1");
        var code = page.GetProperty("items")[0].GetProperty("code").GetString();
        var put = await admin.PutAsJsonAsync($"/api/v1/resources/{code}/pull",
            new { kind = "http", url = "https://data.example.gov.cn/x.csv", header = new { name = "Authorization", value = "Bearer secret-before-rotation" } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var security = await factory.CreateClientForAsync(Role.SecurityAdministrator);

        var first = await JsonBodies.ReadAsync(await security.PostAsync("/api/v1/keys/rotate", null));
        var second = await JsonBodies.ReadAsync(await security.PostAsync("/api/v1/keys/rotate", null));

        Assert.True(second.GetProperty("dataKeyId").GetInt32() > first.GetProperty("dataKeyId").GetInt32());
        Assert.True(first.GetProperty("resealed").GetInt32() >= 1);
        var source = await factory.Services.GetRequiredService<PullSourceStore>().FindAsync(code!);
        Assert.Equal("Bearer secret-before-rotation", source!.HeaderValue);
    }

    [Theory]
    [InlineData(Role.SystemAdministrator)]
    [InlineData(Role.AuditAdministrator)]
    [InlineData(Role.DataSteward)]
    public async Task Rotate_OtherRoles_Forbidden(Role role)
    {
        var client = await factory.CreateClientForAsync(role);

        var response = await client.PostAsync("/api/v1/keys/rotate", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Rotate_Anonymous_Unauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync("/api/v1/keys/rotate", null)).StatusCode);
}
