using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Community;

public sealed class CommunityApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    /// <summary>The population resource's code and its provider (河南省公安厅), and the environment department.</summary>
    private async Task<(string Code, long Police, long Env)> PopulationAsync()
    {
        var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var resource = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");
        var departments = await admin.GetFromJsonAsync<JsonElement>("/api/v1/departments");
        var env = departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == "河南省生态环境厅").GetProperty("id").GetInt64();
        return (resource.GetProperty("code").GetString()!, resource.GetProperty("provider").GetProperty("id").GetInt64(), env);
    }

    private static async Task<long> IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonBodies.ReadAsync(response)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task Writes_Anonymous_Unauthorized_ReadsAnonymous_Ok()
    {
        var (code, police, _) = await PopulationAsync();
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/showcase", new { title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/data-requests", new { title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsJsonAsync($"/api/v1/resources/{code}/rating", new { stars = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/v1/resources/{code}/comments", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/showcase")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/data-requests?department={police}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/resources/{code}/rating")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/resources/{code}/comments")).StatusCode);
    }

    [Fact]
    public async Task Showcase_DeveloperSubmits_OnlyAdminModerates_ThenPublic()
    {
        var (code, _, _) = await PopulationAsync();
        var developer = await factory.CreateClientForAsync(Role.Developer);
        var id = await IdOf(await developer.PostAsJsonAsync("/api/v1/showcase",
            new { title = "人口热力图", kind = "visualisation", description = "按区县展示", url = "https://example.org/heat", resourceCodes = new[] { code } }));

        Assert.DoesNotContain(id, await IdsAsync(factory.CreateClient(), $"/api/v1/showcase?resource={code}"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/showcase/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await developer.PostAsJsonAsync($"/api/v1/showcase/{id}/moderate", new { decision = "approve" })).StatusCode);
        var admin = factory.CreateAdminClient();
        Assert.Contains(id, await IdsAsync(admin, "/api/v1/showcase?status=pending"));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/showcase/{id}/moderate", new { decision = "approve" })).StatusCode);

        Assert.Contains(id, await IdsAsync(factory.CreateClient(), $"/api/v1/showcase?resource={code}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient().GetAsync("/api/v1/showcase?status=pending")).StatusCode);
    }

    [Fact]
    public async Task Showcase_InvalidBody_FieldErrorsInChineseOrEnglish()
    {
        var developer = await factory.CreateClientForAsync(Role.Developer);
        var body = new { title = "", kind = "game", description = "d", url = "not a url", resourceCodes = Array.Empty<string>() };

        var zh = await JsonBodies.ReadAsync(await developer.PostAsJsonAsync("/api/v1/showcase", body));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/showcase") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await JsonBodies.ReadAsync(await developer.SendAsync(request));

        Assert.Equal(["title", "url", "kind", "resourceCodes"], zh.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal("请填写标题", zh.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("The title is required", en.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task DataRequest_OnlyTheAskedStewardOrAdminAnswers_AnswerPublic()
    {
        var (_, police, env) = await PopulationAsync();
        var developer = await factory.CreateClientForAsync(Role.Developer);
        var id = await IdOf(await developer.PostAsJsonAsync("/api/v1/data-requests",
            new { title = "机动车保有量", description = "按县统计", departmentId = police, purpose = "交通研究" }));
        var envSteward = await factory.CreateClientForAsync(Role.DataSteward, env);
        var policeUser = await factory.CreateClientForAsync(Role.DepartmentUser, police);
        var policeSteward = await factory.CreateClientForAsync(Role.DataSteward, police);
        var answer = new { status = "willOpen", answer = "下季度开放" };

        Assert.Equal(HttpStatusCode.Forbidden, (await envSteward.PostAsJsonAsync($"/api/v1/data-requests/{id}/answer", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await policeUser.PostAsJsonAsync($"/api/v1/data-requests/{id}/answer", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await developer.PostAsJsonAsync($"/api/v1/data-requests/{id}/answer", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await policeSteward.PostAsJsonAsync($"/api/v1/data-requests/{id}/answer", answer)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await factory.CreateAdminClient().PostAsJsonAsync($"/api/v1/data-requests/{id}/answer", answer)).StatusCode);

        var shown = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/data-requests/{id}");
        Assert.Equal(("willOpen", "下季度开放"), (shown.GetProperty("status").GetString(), shown.GetProperty("answer").GetString()));
        Assert.True(shown.GetProperty("handlingHours").GetDouble() >= 0);
    }

    [Fact]
    public async Task RatingAndComments_UserWrites_AuthorDeletes_AdminHides()
    {
        var (code, _, _) = await PopulationAsync();
        var user = await factory.CreateClientForAsync(Role.Developer);
        var other = await factory.CreateClientForAsync(Role.Developer);

        var rating = await JsonBodies.ReadAsync(await user.PutAsJsonAsync($"/api/v1/resources/{code}/rating", new { stars = 4 }));
        var bad = await user.PutAsJsonAsync($"/api/v1/resources/{code}/rating", new { stars = 9 });
        var mine = await IdOf(await user.PostAsJsonAsync($"/api/v1/resources/{code}/comments", new { text = "很有用" }));
        var theirs = await IdOf(await other.PostAsJsonAsync($"/api/v1/resources/{code}/comments", new { text = "广告" }));

        Assert.Equal(4, rating.GetProperty("mine").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.DeleteAsync($"/api/v1/comments/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync($"/api/v1/comments/{theirs}/hide", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAdminClient().PostAsync($"/api/v1/comments/{theirs}/hide", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.DeleteAsync($"/api/v1/comments/{mine}")).StatusCode);
        var shown = await IdsAsync(factory.CreateClient(), $"/api/v1/resources/{code}/comments", items: false);
        Assert.DoesNotContain(mine, shown);
        Assert.DoesNotContain(theirs, shown);
    }

    private static async Task<List<long>> IdsAsync(HttpClient client, string url, bool items = true)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        return [.. (items ? body.GetProperty("items") : body).EnumerateArray().Select(e => e.GetProperty("id").GetInt64())];
    }
}
