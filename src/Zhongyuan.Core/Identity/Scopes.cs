namespace Zhongyuan.Identity;

/// <summary>The scopes an API token may carry.</summary>
public static class Scopes
{
    /// <summary>Read unpublished catalog entries.</summary>
    public const string CatalogRead = "catalog:read";

    /// <summary>Create, edit and move catalog entries through their lifecycle.</summary>
    public const string CatalogWrite = "catalog:write";

    /// <summary>Read dataset rows of resources that are not open to the public.</summary>
    public const string DataRead = "data:read";

    /// <summary>Load data into resources.</summary>
    public const string DataWrite = "data:write";

    /// <summary>Manage departments and platform settings.</summary>
    public const string Admin = "admin";

    /// <summary>Create accounts, change their names and departments, disable them and reset their passwords (系统管理员).</summary>
    public const string UsersManage = "users:manage";

    /// <summary>Assign roles (安全管理员); nobody may change their own role.</summary>
    public const string RolesManage = "roles:manage";

    /// <summary>Set the sharing policy and administer grants (安全管理员).</summary>
    public const string GrantsManage = "grants:manage";

    /// <summary>Rotate and administer keys (安全管理员).</summary>
    public const string KeysManage = "keys:manage";

    /// <summary>Read and verify the audit trail (审计管理员).</summary>
    public const string AuditRead = "audit:read";

    /// <summary>
    /// The content and platform scopes (catalog, data, admin), space separated as stored. It is not every scope: the
    /// administrator scopes of <see cref="RoleScopes"/> (users, roles, grants, keys, audit) are kept apart by role.
    /// </summary>
    public const string All = CatalogRead + " " + CatalogWrite + " " + DataRead + " " + DataWrite + " " + Admin;
}
