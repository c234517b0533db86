using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests.Portal;

/// <summary>The department console's pages: anonymous visitors are sent to sign in, other roles get a 403 page, the right role the page.</summary>
public sealed class DepartmentConsoleTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    /// <summary>Every console page with the roles that may open it (a demo resource's pages need its department's steward).</summary>
    public static TheoryData<string, Role, Role> Pages => new()
    {
        { "/console/resources", Role.DataSteward, Role.DepartmentUser },
        { "/console/resources/new", Role.DataSteward, Role.Analyst },
        { "/console/tickets", Role.DataSteward, Role.DepartmentUser },
        { "/console/requests", Role.DepartmentUser, Role.Developer },
        { "/console/requests/new", Role.Analyst, Role.SystemAdministrator },
        { "/console", Role.AuditAdministrator, Role.AuditAdministrator },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Anonymous_RedirectsToSignIn(string path, Role allowed, Role refused)
    {
        _ = (allowed, refused);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?return=" + Uri.EscapeDataString(path), response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_RightRole_Renders(string path, Role allowed, Role refused)
    {
        _ = refused;
        using var client = await factory.CreateClientForAsync(allowed);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("console-nav", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_WrongRole_Forbidden(string path, Role allowed, Role refused)
    {
        if (allowed == refused)
        {
            return; // the landing page opens for every signed-in user
        }
        using var client = await factory.CreateClientForAsync(refused);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("console-forbidden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcePages_StewardOfOtherDepartment_NotFound()
    {
        var (code, provider) = await DemoResourceAsync();
        var other = await OtherDepartmentAsync(provider);
        using var stranger = await factory.CreateClientForAsync(Role.DataSteward, other);
        using var owner = await factory.CreateClientForAsync(Role.DataSteward, provider);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/console/resources/{code}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/console/resources/{code}/data")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/console/resources/{code}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/console/resources/{code}/data")).StatusCode);
    }

    [Fact]
    public async Task Home_Roles_LinkTheirPages()
    {
        using var audit = await factory.CreateClientForAsync(Role.AuditAdministrator);
        using var admin = await factory.CreateClientForAsync(Role.SecurityAdministrator);
        using var developer = await factory.CreateClientForAsync(Role.Developer);
        using var steward = await factory.CreateClientForAsync(Role.DataSteward);

        var auditPage = await audit.GetStringAsync("/console");
        Assert.Contains("href=\"/console/audit\"", auditPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/console/admin\"", auditPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/admin\"", await admin.GetStringAsync("/console"), StringComparison.Ordinal);
        Assert.Contains("href=\"/developers\"", await developer.GetStringAsync("/console"), StringComparison.Ordinal);
        var stewardPage = await steward.GetStringAsync("/console");
        Assert.Contains("id=\"todo-requests\"", stewardPage, StringComparison.Ordinal);
        Assert.Contains("id=\"todo-tickets\"", stewardPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/resources\"", stewardPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resources_Steward_ListsDepartmentResources()
    {
        var (code, provider) = await DemoResourceAsync();
        using var steward = await factory.CreateClientForAsync(Role.DataSteward, provider);

        var html = await steward.GetStringAsync("/console/resources");

        Assert.Contains($"data-code=\"{code}\"", html, StringComparison.Ordinal);
    }

    private async Task<(string Code, long Provider)> DemoResourceAsync()
    {
        using var admin = factory.CreateAdminClient();
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/resources?status=published&limit=1");
        var first = page.GetProperty("items")[0];
        return (first.GetProperty("code").GetString()!, first.GetProperty("provider").GetProperty("id").GetInt64());
    }

    private async Task<long> OtherDepartmentAsync(long not)
    {
        using var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/departments");
        return list!.Select(d => d.GetProperty("id").GetInt64()).First(id => id != not);
    }
}
