using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

// The community forms reload the page when their call succeeds; RunAndWaitForNavigationAsync (obsolete in favour of
// URL waits, which cannot see a reload to the same address) is exactly the wait these tests need.
#pragma warning disable CS0612
[Collection(PortalCollection.Name)]
public sealed class CommunityTests(PortalServer server)
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    private async Task<long> ProviderIdAsync() =>
        (await server.Services.GetRequiredService<ResourceStore>().FindAsync(server.Resource.Code))!.Provider.Id;

    [Fact]
    public async Task RateAndComment_SignedInUser_SeesBothOnTheResourcePage()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.Developer));
        var comment = Unique("数据很及时");
        await page.GotoAsync("/resources/" + server.Resource.Code + "#community");

        await page.Locator("label[for=rating-4]").ClickAsync();
        // Each form reloads the page when its call succeeds: wait for that load before touching the next form.
        await page.RunAndWaitForNavigationAsync(() => page.Locator("#rating-form button[type=submit]").ClickAsync());
        await Assertions.Expect(page.Locator("#rating-4")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#rating-summary")).ToContainTextAsync("人评分");
        await page.Locator("#comment-text").FillAsync(comment);
        await page.RunAndWaitForNavigationAsync(() => page.Locator("#comment-form button[type=submit]").ClickAsync());

        await Assertions.Expect(page.Locator("#comments")).ToContainTextAsync(comment);
        await Assertions.Expect(page.Locator("#rating-4")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Showcase_SubmittedThenApprovedByAdmin_AppearsOnTheResourcePage()
    {
        var title = Unique("人口热力图");
        var developer = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.Developer));
        await developer.GotoAsync("/showcase?resource=" + server.Resource.Code);
        await developer.Locator("#showcase-title").FillAsync(title);
        await developer.Locator("#showcase-kind").SelectOptionAsync("visualisation");
        await developer.Locator("#showcase-description").FillAsync("按区县展示开放数据。");
        await developer.Locator("#showcase-url").FillAsync("https://example.org/heat");
        await Assertions.Expect(developer.Locator("#showcase-resources")).ToHaveValueAsync(server.Resource.Code);
        await developer.RunAndWaitForNavigationAsync(() => developer.Locator("#showcase-form button[type=submit]").ClickAsync());

        var admin = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.SystemAdministrator));
        await admin.GotoAsync("/showcase?moderate=1");
        var entry = admin.Locator("li.showcase-entry", new() { HasText = title });
        await entry.Locator("button.approve").ClickAsync();
        await Assertions.Expect(admin.Locator("li.showcase-entry", new() { HasText = title })).ToHaveCountAsync(0);

        var visitor = await server.NewPageAsync();
        await visitor.GotoAsync("/resources/" + server.Resource.Code);
        await Assertions.Expect(visitor.Locator("#resource-uses")).ToContainTextAsync(title);
        await visitor.GotoAsync("/showcase");
        await Assertions.Expect(visitor.Locator("#showcase-list")).ToContainTextAsync(title);
        await PortalServer.ScreenshotAsync(visitor, "showcase");
    }

    [Fact]
    public async Task DataRequest_AnsweredByTheSteward_AnswerVisibleAnonymously()
    {
        var provider = await ProviderIdAsync();
        var title = Unique("机动车保有量");
        var developer = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.Developer));
        await developer.GotoAsync("/requests");
        await developer.Locator("#request-title").FillAsync(title);
        await developer.Locator("#request-description").FillAsync("按县区和年份统计。");
        await developer.Locator("#request-department").SelectOptionAsync(provider.ToString(CultureInfo.InvariantCulture));
        await developer.Locator("#request-purpose").FillAsync("交通规划研究");
        await developer.Locator("#request-form button[type=submit]").ClickAsync();
        var link = developer.Locator("#requests-table a", new() { HasText = title });
        await Assertions.Expect(link).ToBeVisibleAsync();
        var address = await link.GetAttributeAsync("href");

        var steward = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.DataSteward, provider));
        await steward.GotoAsync(address!);
        await steward.Locator("#answer-status").SelectOptionAsync("willOpen");
        await steward.Locator("#answer-text").FillAsync("计划下季度开放。");
        await steward.Locator("#answer-form button[type=submit]").ClickAsync();
        await Assertions.Expect(steward.Locator("#request-answer")).ToContainTextAsync("计划下季度开放。");

        var visitor = await server.NewPageAsync();
        await visitor.GotoAsync(address!);
        await Assertions.Expect(visitor.Locator("#request-answer")).ToContainTextAsync("计划下季度开放。");
        await Assertions.Expect(visitor.Locator(".facts")).ToContainTextAsync("计划开放");
        await visitor.GotoAsync("/requests");
        await PortalServer.ScreenshotAsync(visitor, "requests");
        await visitor.GotoAsync("/departments/" + provider.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(visitor.Locator("#handling-table")).ToContainTextAsync("数据需求答复");
        await PortalServer.ScreenshotAsync(visitor, "department");
    }
}
#pragma warning restore CS0612
