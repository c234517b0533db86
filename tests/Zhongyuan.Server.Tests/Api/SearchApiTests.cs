using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

public sealed class SearchApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    [Fact]
    public async Task Search_ChineseWord_FindsDemoResourcesWithHighlightsAndFacets()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?q=人口");

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        var first = page.GetProperty("hits")[0];
        Assert.Contains("人口", first.GetProperty("resource").GetProperty("metadata").ToString(), StringComparison.Ordinal);
        Assert.Contains(page.GetProperty("hits").EnumerateArray(), h => h.GetProperty("highlights").EnumerateObject()
            .Any(p => p.Value.GetString()!.Contains("<em>人口</em>", StringComparison.Ordinal)));
        Assert.True(page.GetProperty("facets").GetProperty("provider").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Search_FilterByShareType_OnlyThatType()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?shareType=unconditional&pageSize=100");

        Assert.All(page.GetProperty("hits").EnumerateArray(),
            h => Assert.Equal("unconditional", h.GetProperty("resource").GetProperty("metadata").GetProperty("shareType").GetString()));
    }

    [Fact]
    public async Task Search_Anonymous_NeverSeesDrafts()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?status=draft&pageSize=100");

        Assert.All(page.GetProperty("hits").EnumerateArray(), h => Assert.Equal("published", h.GetProperty("resource").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Search_AdminAsksForDrafts_SeesThem()
    {
        var page = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?status=draft&pageSize=100");

        Assert.True(page.GetProperty("total").GetInt32() > 0);
        Assert.All(page.GetProperty("hits").EnumerateArray(), h => Assert.Equal("draft", h.GetProperty("resource").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Search_HostileText_NoError()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/resources/search?q=" + Uri.EscapeDataString("(( AND OR : * ? ~ ^ [ ] \" \\"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_NewlyPublished_FoundImmediately()
    {
        var admin = factory.CreateAdminClient();
        var code = (await JsonBodies.ReadAsync(await admin.PostAsJsonAsync("/api/v1/resources",
            JsonBodies.Create("河南省公安厅", JsonBodies.Population("犬只登记管理信息"))))).GetProperty("code").GetString()!;
        await admin.PostAsync($"/api/v1/resources/{code}/submit", null);
        await admin.PostAsync($"/api/v1/resources/{code}/publish", null);

        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?q=犬只");

        Assert.Contains(page.GetProperty("hits").EnumerateArray(), h => h.GetProperty("code").GetString() == code);
    }

    [Fact]
    public async Task Search_BadSort_ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/resources/search?sort=random");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
