using Microsoft.Playwright;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

[Collection(PortalCollection.Name)]
public sealed class SignInTests(PortalServer server)
{
    [Fact]
    public async Task SignIn_GoodPassword_ShowsUserThenSignsOut()
    {
        var account = await server.CreateAccountAsync(Role.DepartmentUser);
        var page = await server.SignedInPageAsync(account);
        await PortalServer.ScreenshotAsync(page, "signed-in-home");

        await page.Locator("#sign-out").ClickAsync();
        await Assertions.Expect(page.Locator("#signed-in-user")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsChineseError()
    {
        var account = await server.CreateAccountAsync(Role.DepartmentUser);
        var page = await server.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.Locator("#signin-username").FillAsync(account.Username);
        await page.Locator("#signin-password").FillAsync("wrong-password-1A!");
        await page.Locator("#signin-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#signin-error")).ToContainTextAsync("用户名或密码错误");
        await PortalServer.ScreenshotAsync(page, "signin-error");
    }
}
