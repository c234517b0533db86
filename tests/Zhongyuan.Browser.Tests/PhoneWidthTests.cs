using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

/// <summary>Every main page fits a 360 px phone screen: nothing wider than the viewport (tables scroll in their own box).</summary>
[Collection(PortalCollection.Name)]
public sealed class PhoneWidthTests(PortalServer server)
{
    [Theory]
    [InlineData("/", "home")]
    [InlineData("/showcase", "showcase")]
    [InlineData("/requests", "requests")]
    [InlineData("/developers", "developers")]
    [InlineData("/developers/signup", "developer-signup")]
    [InlineData("/signin", "signin")]
    public async Task PublicPage_PhoneWidth_NoHorizontalOverflow(string path, string name)
    {
        var page = await server.NewPageAsync(width: 360);
        await page.GotoAsync(path);

        await AssertFitsAsync(page, path);
        await PortalServer.ScreenshotAsync(page, name + "-phone");
    }

    [Fact]
    public async Task ResourcePage_PhoneWidth_NoHorizontalOverflow()
    {
        var page = await server.NewPageAsync(width: 360);
        await page.GotoAsync("/resources/" + server.Resource.Code);

        await AssertFitsAsync(page, "resource");
        await PortalServer.ScreenshotAsync(page, "resource-phone");
    }

    [Fact]
    public async Task StewardConsole_PhoneWidth_NoHorizontalOverflow()
    {
        var page = await server.SignedInPageAsync(await server.CreateAccountAsync(Role.DataSteward), width: 360);
        foreach (var path in new[] { "/console", "/console/resources", "/console/requests", "/console/tickets" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, path);
        }
        await PortalServer.ScreenshotAsync(page, "console-phone");
    }

    private static async Task AssertFitsAsync(Microsoft.Playwright.IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{what} is {overflow} px wider than a 360 px screen.");
    }
}
