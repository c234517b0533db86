using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Zhongyuan.Identity;

namespace Zhongyuan.Tests.Portal;

/// <summary>The administrator and audit console pages check the caller's role on the server, before any script runs.</summary>
public sealed class ConsolePagesTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    public static TheoryData<string, Role?, HttpStatusCode> Cases() => new()
    {
        { "/console/admin", null, HttpStatusCode.Redirect },
        { "/console/admin", Role.SystemAdministrator, HttpStatusCode.OK },
        { "/console/admin", Role.SecurityAdministrator, HttpStatusCode.OK },
        { "/console/admin", Role.AuditAdministrator, HttpStatusCode.Forbidden },
        { "/console/admin", Role.DataSteward, HttpStatusCode.Forbidden },
        { "/console/admin/dashboard", null, HttpStatusCode.Redirect },
        { "/console/admin/dashboard", Role.SystemAdministrator, HttpStatusCode.OK },
        { "/console/admin/dashboard", Role.SecurityAdministrator, HttpStatusCode.OK },
        { "/console/admin/dashboard", Role.DepartmentUser, HttpStatusCode.Forbidden },
        { "/console/audit", null, HttpStatusCode.Redirect },
        { "/console/audit", Role.AuditAdministrator, HttpStatusCode.OK },
        { "/console/audit", Role.SystemAdministrator, HttpStatusCode.Forbidden },
        { "/console/audit", Role.SecurityAdministrator, HttpStatusCode.Forbidden },
        { "/console/audit", Role.Developer, HttpStatusCode.Forbidden },
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task Get_ByRole_AllowedOnlyToItsRoles(string path, Role? role, HttpStatusCode expected)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await factory.CreateAccountAsync(r)).Token);
        }

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Equal("/signin?return=" + Uri.EscapeDataString(path), response.Headers.Location?.OriginalString);
        }
        else
        {
            Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Home_CityData_IsJsonNotScriptAndListsEveryCity()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains("<script type=\"application/json\" id=\"city-data\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"city-table\"", html, StringComparison.Ordinal);
        Assert.Contains("济源市", html, StringComparison.Ordinal);
        Assert.Contains("echarts.min.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoChart_DoesNotLoadEcharts() =>
        Assert.DoesNotContain("echarts", await factory.CreateClient().GetStringAsync("/search"), StringComparison.Ordinal);
}
