using Zhongyuan.Identity;

namespace Zhongyuan.Tests.Identity;

public sealed class RoleScopesTests
{
    [Theory]
    [InlineData(Role.SystemAdministrator, "catalog:read catalog:write data:read data:write admin users:manage")]
    [InlineData(Role.SecurityAdministrator, "catalog:read roles:manage grants:manage keys:manage")]
    [InlineData(Role.AuditAdministrator, "audit:read")]
    [InlineData(Role.DataSteward, "catalog:read catalog:write data:read data:write")]
    [InlineData(Role.DepartmentUser, "catalog:read data:read")]
    [InlineData(Role.Analyst, "catalog:read data:read")]
    [InlineData(Role.Developer, "catalog:read")]
    public void Joined_EachRole_MatchesTheDocumentedTable(Role role, string scopes) => Assert.Equal(scopes, RoleScopes.Joined(role));

    [Fact]
    public void Allowed_AdministratorScopes_HeldByExactlyOneRole()
    {
        foreach (var scope in new[] { Scopes.UsersManage, Scopes.RolesManage, Scopes.GrantsManage, Scopes.KeysManage, Scopes.AuditRead, Scopes.Admin })
        {
            Assert.Single(Enum.GetValues<Role>(), r => RoleScopes.Allowed(r).Contains(scope));
        }
    }

    [Fact]
    public void Allowed_SystemAdministrator_KeepsEveryLegacyScope() =>
        Assert.All(Scopes.All.Split(' '), s => Assert.Contains(s, RoleScopes.Allowed(Role.SystemAdministrator)));

    [Theory]
    [InlineData(Role.DataSteward, true)]
    [InlineData(Role.DepartmentUser, true)]
    [InlineData(Role.Analyst, true)]
    [InlineData(Role.Developer, false)]
    [InlineData(Role.SecurityAdministrator, false)]
    public void RequiresDepartment_ByRole(Role role, bool expected) => Assert.Equal(expected, RoleScopes.RequiresDepartment(role));
}
