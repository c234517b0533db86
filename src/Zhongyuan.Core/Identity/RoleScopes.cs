using System.Collections.Frozen;

namespace Zhongyuan.Identity;

/// <summary>
/// The authorization vocabulary: which scopes each role may hold. A signed-in session carries exactly its role's
/// scopes; an API token carries the subset its owner chose when creating it. The three administrator roles
/// (三员) have disjoint administrative scopes, so no account can gather two of their powers.
/// <list type="table">
/// <item><term>SystemAdministrator</term><description>catalog:read catalog:write data:read data:write admin users:manage</description></item>
/// <item><term>SecurityAdministrator</term><description>roles:manage grants:manage keys:manage catalog:read</description></item>
/// <item><term>AuditAdministrator</term><description>audit:read</description></item>
/// <item><term>DataSteward</term><description>catalog:read catalog:write data:read data:write (its own department)</description></item>
/// <item><term>DepartmentUser</term><description>catalog:read data:read</description></item>
/// <item><term>Analyst</term><description>catalog:read data:read</description></item>
/// <item><term>Developer</term><description>catalog:read</description></item>
/// </list>
/// </summary>
public static class RoleScopes
{
    private static readonly FrozenDictionary<Role, FrozenSet<string>> Table = new Dictionary<Role, FrozenSet<string>>
    {
        [Role.SystemAdministrator] = Set(Scopes.CatalogRead, Scopes.CatalogWrite, Scopes.DataRead, Scopes.DataWrite, Scopes.Admin, Scopes.UsersManage),
        [Role.SecurityAdministrator] = Set(Scopes.RolesManage, Scopes.GrantsManage, Scopes.KeysManage, Scopes.CatalogRead),
        [Role.AuditAdministrator] = Set(Scopes.AuditRead),
        [Role.DataSteward] = Set(Scopes.CatalogRead, Scopes.CatalogWrite, Scopes.DataRead, Scopes.DataWrite),
        [Role.DepartmentUser] = Set(Scopes.CatalogRead, Scopes.DataRead),
        [Role.Analyst] = Set(Scopes.CatalogRead, Scopes.DataRead),
        [Role.Developer] = Set(Scopes.CatalogRead),
    }.ToFrozenDictionary();

    /// <summary>The scopes a holder of <paramref name="role"/> may have, in the order of the table above.</summary>
    public static IReadOnlySet<string> Allowed(Role role) => Table[role];

    /// <summary>The role's scopes, space separated as stored with a token.</summary>
    public static string Joined(Role role) => string.Join(' ', Order(Table[role]));

    /// <summary>Whether the role is one of the three administrator roles (系统/安全/审计管理员).</summary>
    public static bool IsAdministrator(Role role) =>
        role is Role.SystemAdministrator or Role.SecurityAdministrator or Role.AuditAdministrator;

    /// <summary>
    /// Whether an account of the role must belong to a department: the steward, the department user and the analyst do;
    /// the developer may; the administrators may not (a department would give them that department's rights too).
    /// </summary>
    public static bool RequiresDepartment(Role role) => role is Role.DataSteward or Role.DepartmentUser or Role.Analyst;

    /// <summary>Every scope any role may hold, in a stable order.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        Scopes.CatalogRead, Scopes.CatalogWrite, Scopes.DataRead, Scopes.DataWrite, Scopes.Admin,
        Scopes.UsersManage, Scopes.RolesManage, Scopes.GrantsManage, Scopes.KeysManage, Scopes.AuditRead,
    ];

    /// <summary>The scopes in the order of <see cref="Known"/>.</summary>
    public static IEnumerable<string> Order(IEnumerable<string> scopes)
    {
        var wanted = scopes.ToHashSet(StringComparer.Ordinal);
        return Known.Where(wanted.Contains);
    }

    private static FrozenSet<string> Set(params string[] scopes) => scopes.ToFrozenSet(StringComparer.Ordinal);
}
