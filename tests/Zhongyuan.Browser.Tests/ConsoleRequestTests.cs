using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

/// <summary>A department user requests another department's 有条件共享 resource through the console; its steward approves it there.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConsoleRequestTests(PortalServer server)
{
    [Fact]
    public async Task ConditionalRequest_StewardApproves_UserSeesApprovalAndGrant()
    {
        using var api = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.AdminToken);
        var (code, provider) = await ConditionalResourceAsync(api);
        var consumer = await OtherDepartmentAsync(api, provider);
        var appName = "控制台测试应用" + Guid.NewGuid().ToString("N")[..6];
        (await api.PostAsJsonAsync("/api/v1/applications", new { name = appName, departmentId = consumer })).EnsureSuccessStatusCode();

        var user = await server.CreateAccountAsync(Role.DepartmentUser, consumer);
        var userPage = await server.SignedInPageAsync(user);
        await userPage.GotoAsync("/console/requests/new?resource=" + Uri.EscapeDataString(code));
        await Assertions.Expect(userPage.Locator("#f-applicationId option", new() { HasText = appName })).ToHaveCountAsync(1);
        await userPage.Locator("#f-applicationId").SelectOptionAsync(new SelectOptionValue { Label = appName });
        await userPage.Locator("#f-purpose").FillAsync("核查社会救助对象资格");
        await userPage.Locator("#f-legalBasis").FillAsync("《社会救助暂行办法》第十条");
        await userPage.Locator("#f-expectedVolume").FillAsync("每日约 100 次查询");
        await PortalServer.ScreenshotAsync(userPage, "console-request-form");
        await userPage.Locator("#request-submit").ClickAsync();
        await Assertions.Expect(userPage.Locator("#request-created")).ToContainTextAsync("申请已提交");

        var steward = await server.CreateAccountAsync(Role.DataSteward, provider);
        var stewardPage = await server.SignedInPageAsync(steward);
        await stewardPage.GotoAsync("/console/requests");
        var row = stewardPage.Locator("#incoming-table tbody tr", new() { HasText = appName });
        await Assertions.Expect(row.Locator("td.status")).ToContainTextAsync("待审核");
        await row.Locator("summary").ClickAsync();
        await PortalServer.ScreenshotAsync(stewardPage, "console-requests-steward");
        await row.GetByRole(AriaRole.Button, new() { Name = "批准", Exact = true }).ClickAsync();
        await Assertions.Expect(stewardPage.Locator("#incoming-table tbody tr", new() { HasText = appName }).Locator("td.status")).ToHaveTextAsync("已批准");

        await userPage.GotoAsync("/console/requests");
        var outgoing = userPage.Locator("#outgoing-table tbody tr", new() { HasText = appName });
        await Assertions.Expect(outgoing.Locator("td.status")).ToHaveTextAsync("已批准");
        var grantId = System.Text.RegularExpressions.Regex.Match(await outgoing.InnerTextAsync(), @"授权 #(\d+)").Groups[1].Value;
        Assert.NotEmpty(grantId);
        await Assertions.Expect(userPage.Locator("#grant-" + grantId)).ToContainTextAsync(code);
        await Assertions.Expect(userPage.Locator("#grant-" + grantId + " td.status")).ToHaveTextAsync("有效");
        await PortalServer.ScreenshotAsync(userPage, "console-requests-user");
    }

    private static async Task<(string Code, long Provider)> ConditionalResourceAsync(HttpClient api)
    {
        var page = await api.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1000");
        var resource = page.GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("metadata").GetProperty("shareType").GetString() == "conditional");
        return (resource.GetProperty("code").GetString()!, resource.GetProperty("provider").GetProperty("id").GetInt64());
    }

    private static async Task<long> OtherDepartmentAsync(HttpClient api, long provider)
    {
        var list = await api.GetFromJsonAsync<JsonElement[]>("/api/v1/departments");
        return list!.Select(d => d.GetProperty("id").GetInt64()).First(id => id != provider);
    }
}
