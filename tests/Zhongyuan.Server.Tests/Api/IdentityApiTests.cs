using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhongyuan.Audit;
using Zhongyuan.Identity;
using Zhongyuan.Tests.Identity;

namespace Zhongyuan.Tests.Api;

/// <summary>
/// Accounts through the API on a platform of its own, so that the bootstrap administrators are the only holders of
/// their roles: three-role separation cannot be bypassed.
/// </summary>
public sealed class IdentityApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private async Task<long> DepartmentAsync() =>
        (await factory.CreateAdminClient().GetFromJsonAsync<JsonElement>("/api/v1/departments"))[0].GetProperty("id").GetInt64();

    private async Task<long> IdOfAsync(string username) =>
        (await factory.Services.GetRequiredService<IdentityStore>().FindUserAsync(username))!.Id;

    [Fact]
    public async Task Bootstrap_ThreeAdministrators_MustChangePasswordBeforeAnythingElse()
    {
        var secadmin = factory.Bootstrap.Accounts.Single(a => a.Role == Role.SecurityAdministrator);
        var client = factory.CreateClient();
        var (login, csrf) = await Sessions.LoginAsync(client, secadmin.Username, secadmin.Password);
        Assert.True((await Sessions.BodyAsync(login)).GetProperty("mustChangePassword").GetBoolean());
        client.DefaultRequestHeaders.Add(Sessions.CsrfHeader, csrf);

        var blocked = await client.GetAsync("/api/v1/users");
        var weak = await client.PostAsJsonAsync("/api/v1/auth/password", new { current = secadmin.Password, @new = "secadmin-2026" });
        var changed = await client.PostAsJsonAsync("/api/v1/auth/password", new { current = secadmin.Password, @new = "Anquan-Guanli-2026" });
        var after = await client.GetAsync("/api/v1/users");

        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("password_change_required", await Sessions.CodeAsync(blocked));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(3, factory.Bootstrap.Accounts.Count);
    }

    [Fact]
    public async Task Create_ReturnsInitialPassword_AuditedWithTheAdministrator()
    {
        var department = await DepartmentAsync();

        var response = await factory.CreateAdminClient().PostAsJsonAsync("/api/v1/users",
            new { username = "liu.yang", displayName = "刘洋", role = "部门数据管理员", departmentId = department });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Sessions.BodyAsync(response);
        Assert.Equal("DataSteward", body.GetProperty("user").GetProperty("role").GetString());
        Assert.True(body.GetProperty("user").GetProperty("mustChangePassword").GetBoolean());
        var password = body.GetProperty("initialPassword").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await Sessions.LoginAsync(factory.CreateClient(), "liu.yang", password)).Response.StatusCode);
        await factory.Services.GetRequiredService<AuditLog>().FlushAsync();
        var events = (await factory.Services.GetRequiredService<AuditTrail>().QueryAsync(new AuditQuery(Action: AuditActions.UserCreate))).Items;
        Assert.Contains(events, e => e.Username == "admin" && e.Detail!.Contains("liu.yang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Separation_SelfPromotionAndSecondRolesAndAdminCreation_Refused()
    {
        var secadmin = await factory.CreateAccountAsync(Role.SecurityAdministrator);
        var security = factory.WithToken(secadmin.Token);
        var admin = factory.CreateAdminClient();
        var department = await DepartmentAsync();
        var adminId = await IdOfAsync("admin");

        var selfPromote = await security.PutAsJsonAsync($"/api/v1/users/{secadmin.Id}/role", new { role = "SystemAdministrator" });
        var adminChangesRole = await admin.PutAsJsonAsync($"/api/v1/users/{adminId}/role", new { role = "AuditAdministrator" });
        var secondRole = await security.PostAsJsonAsync($"/api/v1/users/{adminId}/roles", new { role = "AuditAdministrator" });
        var twoRolesInBody = await security.PutAsJsonAsync($"/api/v1/users/{adminId}/role", new { roles = new[] { "SystemAdministrator", "AuditAdministrator" } });
        var createTwoRoles = await admin.PostAsJsonAsync("/api/v1/users", new { username = "two.roles", displayName = "双角色", roles = new[] { "SecurityAdministrator", "AuditAdministrator" } });
        var createAdmin = await admin.PostAsJsonAsync("/api/v1/users", new { username = "sec.new", displayName = "安全", role = "SecurityAdministrator" });
        var adminWithDepartment = await admin.PatchAsJsonAsync($"/api/v1/users/{secadmin.Id}", new { departmentId = department });
        var selfDisable = await admin.PostAsync($"/api/v1/users/{adminId}/disable", null);

        Assert.Equal((HttpStatusCode.Conflict, "own_account"), (selfPromote.StatusCode, await Sessions.CodeAsync(selfPromote)));
        Assert.Equal(HttpStatusCode.Forbidden, adminChangesRole.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "one_role_per_account"), (secondRole.StatusCode, await Sessions.CodeAsync(secondRole)));
        Assert.Equal((HttpStatusCode.Conflict, "one_role_per_account"), (twoRolesInBody.StatusCode, await Sessions.CodeAsync(twoRolesInBody)));
        Assert.Equal((HttpStatusCode.Conflict, "one_role_per_account"), (createTwoRoles.StatusCode, await Sessions.CodeAsync(createTwoRoles)));
        Assert.Equal((HttpStatusCode.Conflict, "administrator_role_by_security_administrator"), (createAdmin.StatusCode, await Sessions.CodeAsync(createAdmin)));
        Assert.Equal((HttpStatusCode.Conflict, "administrator_without_department"), (adminWithDepartment.StatusCode, await Sessions.CodeAsync(adminWithDepartment)));
        Assert.Equal((HttpStatusCode.Conflict, "own_account"), (selfDisable.StatusCode, await Sessions.CodeAsync(selfDisable)));
        Assert.Equal(Role.SystemAdministrator, (await factory.Services.GetRequiredService<IdentityStore>().FindUserAsync(adminId))!.Role);
    }

    [Fact]
    public async Task Separation_LastAuditAdministrator_CannotBeDemotedOrDisabled_InBothLanguages()
    {
        var security = await factory.CreateClientForAsync(Role.SecurityAdministrator);
        var audit = await IdOfAsync("auditadmin");

        var demote = await security.PutAsJsonAsync($"/api/v1/users/{audit}/role", new { role = "Developer" });
        var disable = await factory.CreateAdminClient().PostAsync($"/api/v1/users/{audit}/disable?lang=en", null);

        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal("last_administrator", await Sessions.CodeAsync(demote));
        Assert.Contains("最后一个有效的审计管理员", (await Sessions.BodyAsync(demote)).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, disable.StatusCode);
        Assert.Contains("last active audit administrator", (await Sessions.BodyAsync(disable)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleChange_BySecurityAdministrator_Audited_OldTokensRevoked()
    {
        var user = await factory.CreateAccountAsync(Role.DepartmentUser);
        var security = await factory.CreateClientForAsync(Role.SecurityAdministrator);

        var response = await security.PutAsJsonAsync($"/api/v1/users/{user.Id}/role", new { role = "Analyst" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Analyst", (await Sessions.BodyAsync(response)).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.WithToken(user.Token).GetAsync("/api/v1/auth/me")).StatusCode);
        await factory.Services.GetRequiredService<AuditLog>().FlushAsync();
        var events = (await factory.Services.GetRequiredService<AuditTrail>().QueryAsync(new AuditQuery(Action: IdentityAuditActions.RoleChange))).Items;
        Assert.Contains(events, e => e.Detail!.Contains("DepartmentUser->Analyst", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetPassword_UserMustChangeIt_AdminCannotResetSecurityAdministrator()
    {
        var user = await factory.CreateAccountAsync(Role.Analyst);
        var admin = factory.CreateAdminClient();

        var reset = await admin.PostAsync($"/api/v1/users/{user.Id}/password-reset", null);
        var takeover = await admin.PostAsync($"/api/v1/users/{await IdOfAsync("secadmin")}/password-reset", null);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        var password = (await Sessions.BodyAsync(reset)).GetProperty("initialPassword").GetString()!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await Sessions.LoginAsync(factory.CreateClient(), user.Username, user.Password)).Response.StatusCode);
        var client = await Sessions.SignedInAsync(factory, user.Username, password);
        Assert.Equal("password_change_required", await Sessions.CodeAsync(await client.GetAsync("/api/v1/resources")));
        Assert.Equal((HttpStatusCode.Conflict, "separation_of_duties"), (takeover.StatusCode, await Sessions.CodeAsync(takeover)));
    }

    [Fact]
    public async Task List_SearchesAndFilters_CreateValidationListsFields()
    {
        var admin = factory.CreateAdminClient();
        var bad = await admin.PostAsJsonAsync("/api/v1/users", new { username = "X", displayName = "", role = "DataSteward" });
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users?q=admin&role=SecurityAdministrator");
        var unknownRole = await admin.GetAsync("/api/v1/users?role=king");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = (await Sessions.BodyAsync(bad)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["username", "displayName", "departmentId"], fields);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), u => u.GetProperty("username").GetString() == "secadmin");
        Assert.All(list.GetProperty("items").EnumerateArray(), u => Assert.Equal("SecurityAdministrator", u.GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
    }
}
