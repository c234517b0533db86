using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Demo_WithPersons_LoadsEveryGeneratedFileInTheBackground()
    {
        using var factory = new ZhongyuanFactory { DemoPersons = 2000 };
        var admin = factory.CreateAdminClient();
        var resources = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?limit=1000")).GetProperty("items").EnumerateArray()
            .Concat((await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=draft&limit=1000")).GetProperty("items").EnumerateArray())
            .ToList();
        string Code(string name) => resources.First(r => r.GetProperty("metadata").GetProperty("name").GetString() == name).GetProperty("code").GetString()!;

        var persons = await WaitForVersionAsync(admin, Code("人口基本信息"));
        var vehicles = await WaitForVersionAsync(admin, Code("机动车登记信息"));
        var poverty = await WaitForVersionAsync(admin, Code("最低生活保障对象信息"));

        Assert.InRange(persons.GetProperty("rowCount").GetInt64(), 1900, 2100);
        Assert.True(vehicles.GetProperty("rowCount").GetInt64() > 0);
        Assert.True(poverty.GetProperty("rowCount").GetInt64() > 0);
        Assert.Equal("demo", persons.GetProperty("loadedBy").GetString());
    }

    private static async Task<JsonElement> WaitForVersionAsync(HttpClient client, string code)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var response = await client.GetAsync($"/api/v1/resources/{code}/data/versions");
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadFromJsonAsync<JsonElement[]>()) is [var first, ..])
            {
                return first;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No data version of {code} within 60 s.");
    }
}
