using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

/// <summary>The developer centre in the browser: sign up, apply for 有条件开放 data, a steward approves, a key reads the data.</summary>
[Collection(PortalCollection.Name)]
public sealed class DeveloperCentreTests(PortalServer server)
{
    [Fact]
    public async Task Developer_SignsUpAppliesIsApprovedAndReadsWithKey()
    {
        var (resource, provider) = await server.LoadConditionalResourceAsync();
        var username = "dev" + Guid.NewGuid().ToString("N")[..10];
        var developer = await server.NewPageAsync();
        await developer.GotoAsync("/developers/signup");
        await developer.Locator("#signup-username").FillAsync(username);
        await developer.Locator("#signup-display-name").FillAsync("浏览器开发者");
        await developer.Locator("#signup-email").FillAsync(username + "@example.cn");
        await developer.Locator("#signup-password").FillAsync("Kaifa-2026-Henan");
        await developer.Locator("#signup-password2").FillAsync("Kaifa-2026-Henan");
        await developer.Locator("#signup-submit").ClickAsync();
        await Assertions.Expect(developer.Locator("#signed-in-user")).ToHaveTextAsync(username);
        await Assertions.Expect(developer.Locator("h1")).ToHaveTextAsync("开发者中心");

        await developer.GotoAsync($"/resources/{resource.Code}");
        await developer.Locator("#apply-purpose").FillAsync("开发便民查询小程序");
        await developer.Locator("#apply-submit").ClickAsync();
        await Assertions.Expect(developer.Locator("#apply-status")).ToContainTextAsync("申请已提交");

        var steward = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.DataSteward, provider));
        await steward.GotoAsync("/developers/applications");
        var request = steward.Locator("article.dev-request", new() { HasText = username });
        await request.Locator("[data-approve]").ClickAsync();
        await Assertions.Expect(request.Locator(".decision")).ToHaveTextAsync("已批准");

        await developer.GotoAsync("/developers");
        await Assertions.Expect(developer.Locator("#dev-applications-table [data-status=approved]")).ToHaveCountAsync(1);
        await developer.Locator("#key-name").FillAsync("小程序密钥");
        await developer.Locator("#key-create").ClickAsync();
        await Assertions.Expect(developer.Locator("#new-key-secret")).ToContainTextAsync("zya_");
        var key = await developer.Locator("#new-key-secret").TextContentAsync();
        await PortalServer.ScreenshotAsync(developer, "developer-centre");

        using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await api.GetAsync($"/api/v1/resources/{resource.Code}/rows?limit=10");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task DeveloperCentre_Anonymous_ExplainsAndLinksToSignUp()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/developers");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "注册开发者" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav a[href='/developers']")).ToHaveAttributeAsync("aria-current", "page");
    }
}
