using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhongyuan.Identity;
using Zhongyuan.Regions;
using Zhongyuan.Tests.Api;

namespace Zhongyuan.Tests.Community;

public sealed class CommunityPageTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private async Task<(string Code, long Provider, string Region)> PopulationAsync()
    {
        var page = await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var resource = page.GetProperty("items").EnumerateArray().First(r => r.GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息");
        return (resource.GetProperty("code").GetString()!, resource.GetProperty("provider").GetProperty("id").GetInt64(),
            resource.GetProperty("metadata").GetProperty("regionCode").GetString()!);
    }

    [Fact]
    public async Task Showcase_Requests_Anonymous_ListsAndInvitesSignIn()
    {
        var client = factory.CreateClient();

        var showcase = await client.GetStringAsync("/showcase");
        var requests = await client.GetStringAsync("/requests");

        Assert.Contains("<h1>应用成果</h1>", showcase, StringComparison.Ordinal);
        Assert.Contains("/signin?return=", showcase, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"showcase-form\"", showcase, StringComparison.Ordinal);
        Assert.Contains("<h1>数据需求</h1>", requests, StringComparison.Ordinal);
        Assert.Contains("href=\"/requests\"", requests, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderation_AnonymousRedirected_NonAdminForbidden_AdminSeesPending()
    {
        var developer = await factory.CreateClientForAsync(Role.Developer);
        var (code, _, _) = await PopulationAsync();
        await developer.PostAsJsonAsync("/api/v1/showcase", new { title = "待审核的应用", kind = "app", description = "d", url = "https://example.org", resourceCodes = new[] { code } });
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });

        var redirect = await anonymous.GetAsync("/showcase?moderate=1");
        var forbidden = await developer.GetAsync("/showcase?moderate=1");
        var admin = await factory.CreateAdminClient().GetStringAsync("/showcase?moderate=1");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("待审核的应用", admin, StringComparison.Ordinal);
        Assert.Contains("/moderate", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestPage_ShowsAnswerAndHandlingTime_AnswerFormOnlyForTheSteward()
    {
        var (_, police, _) = await PopulationAsync();
        var developer = await factory.CreateClientForAsync(Role.Developer);
        var created = await JsonBodies.ReadAsync(await developer.PostAsJsonAsync("/api/v1/data-requests",
            new { title = "婚姻登记统计", description = "按年", departmentId = police, purpose = "研究" }));
        var id = created.GetProperty("id").GetInt64();
        var steward = await factory.CreateClientForAsync(Role.DataSteward, police);

        Assert.Contains("id=\"answer-form\"", await steward.GetStringAsync($"/requests/{id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"answer-form\"", await developer.GetStringAsync($"/requests/{id}"), StringComparison.Ordinal);
        await steward.PostAsJsonAsync($"/api/v1/data-requests/{id}/answer", new { status = "answered", answer = "已在民政厅栏目开放" });
        var page = await factory.CreateClient().GetStringAsync($"/requests/{id}");
        Assert.Contains("已在民政厅栏目开放", page, StringComparison.Ordinal);
        Assert.Contains("用时", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/requests/999999")).StatusCode);
    }

    [Fact]
    public async Task DepartmentAndRegionPages_ListResourcesRankingAndHandling()
    {
        var (code, provider, region) = await PopulationAsync();
        var city = RegionCatalog.Henan.CityOf(region) ?? region;

        var department = await factory.CreateClient().GetStringAsync($"/departments/{provider}");
        var cityPage = await factory.CreateClient().GetStringAsync($"/regions/{city}");

        Assert.Contains("河南省公安厅", department, StringComparison.Ordinal);
        Assert.Contains($"/resources/{code}", department, StringComparison.Ordinal);
        Assert.Contains("id=\"quality-rank\"", department, StringComparison.Ordinal);
        Assert.Contains("数据需求答复", department, StringComparison.Ordinal);
        Assert.Contains("id=\"region-departments-table\"", cityPage, StringComparison.Ordinal);
        Assert.Contains($"/departments/{provider}", cityPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/departments/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/regions/999999")).StatusCode);
    }

    [Fact]
    public async Task ResourcePage_HasRatingsCommentsUsesAndCorrectionForm()
    {
        var (code, _, _) = await PopulationAsync();
        var user = await factory.CreateClientForAsync(Role.Developer);
        await user.PostAsJsonAsync($"/api/v1/resources/{code}/comments", new { text = "页面上的评论" });

        var anonymous = await factory.CreateClient().GetStringAsync($"/resources/{code}");
        var signedIn = await user.GetStringAsync($"/resources/{code}");

        Assert.Contains("页面上的评论", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"rating-form\"", anonymous, StringComparison.Ordinal);
        Assert.Contains("id=\"rating-form\"", signedIn, StringComparison.Ordinal);
        Assert.Contains("id=\"comment-form\"", signedIn, StringComparison.Ordinal);
        Assert.Contains("id=\"ticket-form\"", signedIn, StringComparison.Ordinal);
        Assert.Contains("应用成果", signedIn, StringComparison.Ordinal);
    }
}
