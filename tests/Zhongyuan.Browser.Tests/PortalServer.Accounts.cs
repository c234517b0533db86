using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhongyuan.Departments;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests;

/// <summary>An account of the browser tests: id, sign-in name and password, role, department.</summary>
public sealed record BrowserAccount(long Id, string Username, string Password, Role Role, long? DepartmentId);

public sealed partial class PortalServer
{
    /// <summary>
    /// A new account holding <paramref name="role"/> with a policy-conforming password that is already changed
    /// (department roles take <paramref name="departmentId"/> or the first demo department).
    /// </summary>
    public async Task<BrowserAccount> CreateAccountAsync(Role role, long? departmentId = null)
    {
        var store = Services.GetRequiredService<IdentityStore>();
        var department = RoleScopes.IsAdministrator(role) ? null
            : departmentId ?? (RoleScopes.RequiresDepartment(role) ? (await Services.GetRequiredService<DepartmentStore>().ListAsync())[0].Id : null);
        var username = "b" + Guid.NewGuid().ToString("N")[..12];
        var password = InitialPassword.New();
        var hash = Services.GetRequiredService<IPasswordHashing>().Hash(password);
        var id = await store.InsertUserAsync(new NewUser(username, "浏览器测试 " + role, role, department), hash, mustChangePassword: false);
        return new BrowserAccount(id, username, password, role, department);
    }

    /// <summary>A new page (fresh context) signed in as the account through the sign-in page.</summary>
    public async Task<IPage> SignedInPageAsync(BrowserAccount account, int width = 1280)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/signin?return=/");
        await page.Locator("#signin-username").FillAsync(account.Username);
        await page.Locator("#signin-password").FillAsync(account.Password);
        await page.Locator("#signin-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#signed-in-user")).ToHaveTextAsync(account.Username);
        return page;
    }
}
