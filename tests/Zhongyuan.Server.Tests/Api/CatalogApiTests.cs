using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Zhongyuan.Tests.Api;

public sealed class CatalogApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    [Fact]
    public async Task Healthz_Started_Ok()
    {
        var body = await JsonBodies.ReadAsync(await factory.CreateClient().GetAsync("/healthz"));

        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Departments_Demo_ProvincialAndCityBureaus()
    {
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/departments");

        Assert.True(list!.Count(d => d.GetProperty("level").GetString() == "province") >= 25);
        Assert.Equal(18, list!.Count(d => d.GetProperty("name").GetString()!.EndsWith("市大数据管理局", StringComparison.Ordinal)));
        Assert.Contains(list!, d => d.GetProperty("name").GetString() == "河南省公安厅");
    }

    [Fact]
    public async Task Regions_Cities_Eighteen()
    {
        var cities = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/v1/regions?level=city");

        Assert.Equal(18, cities!.Length);
        Assert.Contains(cities, c => c.GetProperty("code").GetString() == "419001");
    }

    [Fact]
    public async Task Create_Anonymous_Unauthorized()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("河南省公安厅", JsonBodies.Population("匿名登记测试")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("令牌", (await JsonBodies.ReadAsync(response)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyRequest_InvalidToken_Unauthorized()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "zy_not-a-real-token");

        var response = await client.GetAsync("/api/v1/resources");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_ThenLifecycle_PublishedAndReadableAnonymously()
    {
        var admin = factory.CreateAdminClient();
        var created = await admin.PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("省公安厅", JsonBodies.Population("接口登记的人口信息")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await JsonBodies.ReadAsync(created)).GetProperty("code").GetString()!;
        Assert.Matches("^101001000-\\d{6}$", code);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/resources/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/resources/{code}/submit", new { note = "请审核" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/resources/{code}/publish", null)).StatusCode);

        var anonymous = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}");
        Assert.Equal("published", anonymous.GetProperty("status").GetString());
        Assert.Equal("conditional", anonymous.GetProperty("metadata").GetProperty("shareType").GetString());
        var events = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>($"/api/v1/resources/{code}/events");
        Assert.Equal(["create", "submit", "publish"], events!.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("admin", events![0].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Update_Published_PreviousVersionStaysReadable()
    {
        var admin = factory.CreateAdminClient();
        var code = (await JsonBodies.ReadAsync(await admin.PostAsJsonAsync("/api/v1/resources",
            JsonBodies.Create("河南省公安厅", JsonBodies.Population("版本测试人口信息"))))).GetProperty("code").GetString()!;
        await admin.PostAsync($"/api/v1/resources/{code}/submit", null);
        await admin.PostAsync($"/api/v1/resources/{code}/publish", null);

        var changed = JsonBodies.Population("版本测试人口信息");
        changed["abstract"] = "第二版摘要";
        var put = await admin.PutAsJsonAsync($"/api/v1/resources/{code}", changed);

        Assert.Equal(2, (await JsonBodies.ReadAsync(put)).GetProperty("version").GetInt32());
        var v1 = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/resources/{code}/versions/1");
        Assert.StartsWith("全省户籍人口", v1.GetProperty("metadata").GetProperty("abstract").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NotSharedWithoutBasis_ProblemListsFieldInChinese()
    {
        var metadata = JsonBodies.Population("不予共享测试");
        metadata["shareType"] = "notShared";

        var response = await factory.CreateAdminClient().PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("河南省公安厅", metadata));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonBodies.ReadAsync(response);
        var error = problem.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("field").GetString() == "shareBasis");
        Assert.Equal("share_basis_required", error.GetProperty("code").GetString());
        Assert.Contains("依据", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AcceptLanguageEnglish_EnglishMessages()
    {
        var metadata = JsonBodies.Population("英文错误测试");
        metadata["items"] = new System.Text.Json.Nodes.JsonArray();
        var client = factory.CreateAdminClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var response = await client.PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("河南省公安厅", metadata));

        var problem = await JsonBodies.ReadAsync(response);
        Assert.Equal("The request did not pass validation", problem.GetProperty("title").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString() == "At least one information item is required");
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task Create_LengthWithUnit_NamesTheField()
    {
        var metadata = JsonBodies.Population("单位测试");
        metadata["items"]![0]!["length"] = "18位";

        var response = await factory.CreateAdminClient().PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("河南省公安厅", metadata));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonBodies.ReadAsync(response)).GetProperty("errors")[0];
        Assert.Equal("items[0].length", error.GetProperty("field").GetString());
        Assert.Equal("number_with_unit", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Create_UnknownLabel_ListsAllowedValues()
    {
        var metadata = JsonBodies.Population("标签测试");
        metadata["shareType"] = "随便共享";

        var response = await factory.CreateAdminClient().PostAsJsonAsync("/api/v1/resources", JsonBodies.Create("河南省公安厅", metadata));

        var error = (await JsonBodies.ReadAsync(response)).GetProperty("errors")[0];
        Assert.Equal("shareType", error.GetProperty("field").GetString());
        Assert.Contains("有条件共享", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Anonymous_OnlyPublished()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources?status=draft&limit=1000");

        Assert.NotEmpty(page.GetProperty("items").EnumerateArray());
        Assert.All(page.GetProperty("items").EnumerateArray(), r => Assert.Equal("published", r.GetProperty("status").GetString()));
    }
}
