using Microsoft.Playwright;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

/// <summary>The administrators' console, the platform dashboard and the audit console.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminConsoleTests(PortalServer server)
{
    [Fact]
    public async Task AdminConsole_CreateUser_ShowsInitialPasswordAndListsIt()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.SystemAdministrator));
        await page.GotoAsync("/console/admin");
        var username = "u" + Guid.NewGuid().ToString("N")[..10];

        await page.GetByLabel("用户名", new() { Exact = true }).Last.FillAsync(username);
        await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("新建测试用户");
        await page.Locator("#new-role").SelectOptionAsync("DataSteward");
        await page.Locator("#new-department").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#new-user-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#new-user-result")).ToContainTextAsync("已创建用户 " + username);
        await Assertions.Expect(page.Locator($"#user-table tr[data-username='{username}']")).ToContainTextAsync("数据管理员");
        await PortalServer.ScreenshotAsync(page, "console-admin");
    }

    [Fact]
    public async Task AdminConsole_SystemAdministratorGivesAdministratorRole_SeparationRefusalShown()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.SystemAdministrator));
        await page.GotoAsync("/console/admin");

        await page.Locator("#new-username").FillAsync("u" + Guid.NewGuid().ToString("N")[..10]);
        await page.Locator("#new-name").FillAsync("第二个管理员");
        await page.Locator("#new-role").SelectOptionAsync("SecurityAdministrator");
        await page.Locator("#new-user-submit").ClickAsync();

        await Assertions.Expect(page.Locator("#new-user-result[role=alert]")).ToContainTextAsync("管理员角色只能由安全管理员");
    }

    [Fact]
    public async Task AdminConsole_Steward_Forbidden()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.DataSteward));

        var response = await page.GotoAsync("/console/admin");

        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("#forbidden")).ToContainTextAsync("系统管理员");
    }

    [Fact]
    public async Task Dashboard_ShowsRecentLoadOfTheOpenResource()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.SystemAdministrator));
        await page.GotoAsync("/console/admin/dashboard");

        await Assertions.Expect(page.Locator("#job-table")).ToContainTextAsync(server.Resource.Code);
        await Assertions.Expect(page.Locator("#tickets-overdue-total")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]+$"));
        await Assertions.Expect(page.Locator("#league-all canvas").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#league-all-table tbody tr").CountAsync() >= 1);
        await PortalServer.ScreenshotAsync(page, "console-dashboard");
    }

    [Fact]
    public async Task AuditConsole_Verify_SaysIntact()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.AuditAdministrator));
        await page.GotoAsync("/console/audit");
        await Assertions.Expect(page.Locator("#audit-table tbody tr").First).ToBeVisibleAsync();

        await page.Locator("#verify-run").ClickAsync();

        await Assertions.Expect(page.Locator("#verify-outcome")).ToContainTextAsync("intact");
        await PortalServer.ScreenshotAsync(page, "console-audit");
    }

    [Fact]
    public async Task AuditConsole_Anonymous_GoesToSignIn()
    {
        var page = await server.NewPageAsync();

        await page.GotoAsync("/console/audit");

        Assert.EndsWith("/signin?return=%2Fconsole%2Faudit", page.Url, StringComparison.Ordinal);
    }
}
