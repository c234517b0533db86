using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// The whole chain with real parts: the demo grant of 河南省民政厅's 社会救助审核系统 on 人口基本信息 (from the grant store),
/// a <c>zya_</c> application key, and the masked rows, export and subscription paths.
/// </summary>
public sealed class SharingEndToEndTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private static string Id(int r)
    {
        var first17 = $"41010519800101{r:000}";
        return first17 + Zhongyuan.Identifiers.ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    private async Task<(string Code, HttpClient App)> SetUpAsync()
    {
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var resource = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");
        var code = resource.GetProperty("code").GetString()!;
        await UploadAsync(admin, resource);
        var department = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/departments")).EnumerateArray().First(d => d.GetProperty("name").GetString() == "河南省民政厅").GetProperty("id").GetInt64();
        var apps = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/applications?department={department}");
        var app = (apps.ValueKind == JsonValueKind.Array ? apps : apps.GetProperty("items")).EnumerateArray().First(a => a.GetProperty("name").GetString() == "社会救助审核系统");
        var key = await Zhongyuan.Tests.Api.JsonBodies.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/applications/{app.GetProperty("id").GetInt64()}/keys", new { name = "e2e" }));
        return (code, factory.WithToken(key.GetProperty("secret").GetString()!));
    }

    /// <summary>Loads 12 rows into a resource (valid ID numbers, a compound surname, a full address).</summary>
    private static Task UploadAsync(HttpClient admin, JsonElement resource) =>
        Zhongyuan.Tests.Api.Uploads.LoadAsync(admin, resource.GetProperty("code").GetString()!, Zhongyuan.Tests.Api.Uploads.CsvFor(resource, 12, (r, c) => c switch
        {
            "公民身份号码" => Id(r),
            "姓名" => "欧阳" + "明华"[r % 2],
            "户籍地址" => $"河南省郑州市金水区文化路{r}号",
            _ => null,
        }));

    [Fact]
    public async Task ApplicationKey_RowsAndExport_OnlyGrantedItemsMasked()
    {
        var (code, app) = await SetUpAsync();

        var rows = await app.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/rows?limit=50");
        var csv = await app.GetStringAsync($"/api/v1/resources/{code}/data/export?format=csv");

        var names = rows.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["公民身份号码", "姓名", "户籍地址"], names.Where(n => !n!.StartsWith("_zy", StringComparison.Ordinal)));
        var body = rows.ToString() + csv;
        Assert.DoesNotContain(Id(3), body, StringComparison.Ordinal);
        Assert.DoesNotContain("文化路3号", body, StringComparison.Ordinal);
        Assert.Contains("410105********", body, StringComparison.Ordinal);
        Assert.Contains("欧阳*", body, StringComparison.Ordinal);
        await factory.Services.GetRequiredService<Zhongyuan.Audit.AuditLog>().FlushAsync();
        var auditor = await factory.CreateClientForAsync(Zhongyuan.Identity.Role.AuditAdministrator);
        var all = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/events?action=http.request&limit=1000");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), e => e.GetProperty("detail").GetString()!.Contains($"/api/v1/resources/{code}/rows", StringComparison.Ordinal)
            && e.TryGetProperty("applicationId", out var app) && app.ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task ApplicationKey_ResourceWithoutGrant_Forbidden()
    {
        var (code, app) = await SetUpAsync();
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var other = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("code").GetString() != code
            && r.GetProperty("metadata").GetProperty("openType").GetString() == "notOpen" && r.GetProperty("metadata").GetProperty("shareType").GetString() != "notShared");
        await UploadAsync(admin, other);

        var response = await app.GetAsync($"/api/v1/resources/{other.GetProperty("code").GetString()}/rows");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ApplicationKey_PullSubscription_SnapshotMasked()
    {
        var (code, app) = await SetUpAsync();

        var created = await app.PostAsJsonAsync($"/api/v1/resources/{code}/subscriptions", new { mode = "pull" });
        var subscription = await Zhongyuan.Tests.Api.JsonBodies.ReadAsync(created);
        var id = subscription.TryGetProperty("subscription", out var inner) ? inner.GetProperty("id").GetInt64() : subscription.GetProperty("id").GetInt64();
        var changes = await app.GetFromJsonAsync<JsonElement>($"/api/v1/subscriptions/{id}/changes?limit=100");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(changes.GetProperty("rows").GetArrayLength() > 0);
        Assert.DoesNotContain(Id(5), changes.ToString(), StringComparison.Ordinal);
    }
}
