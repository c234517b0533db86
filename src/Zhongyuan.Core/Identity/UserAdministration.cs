using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Problems;
using Zhongyuan.Storage;

namespace Zhongyuan.Identity;

/// <summary>
/// Account administration under three-role separation (三员分立). The system administrator creates accounts, edits
/// them, disables them and resets passwords; only the security administrator changes roles. Each account holds one
/// role, so no account can combine two administrator roles; nobody changes their own role or disables themselves;
/// the last active holder of an administrator role can be neither disabled nor given another role. Every change is
/// appended to the audit log.
/// </summary>
public sealed partial class UserAdministration(IdentityStore store, IPasswordHashing hashing, AuditLog audit)
{
    /// <summary>The account with this id, or null.</summary>
    public Task<UserAccount?> FindAsync(long id, CancellationToken ct = default) => store.FindUserAsync(id, ct);

    /// <summary>A page of accounts.</summary>
    public Task<UserPage> ListAsync(UserQuery query, CancellationToken ct = default) => store.ListUsersAsync(query, ct);

    /// <summary>
    /// Creates an account with a one-time initial password (system administrator only). Administrator roles are not
    /// given at creation: the security administrator assigns them (<see cref="ChangeRoleAsync"/>).
    /// </summary>
    public async Task<Outcome<IssuedPassword>> CreateAsync(NewUser user, IdentityActor actor, CancellationToken ct = default)
    {
        if (actor.Role != Role.SystemAdministrator)
        {
            return IdentityProblems.Forbidden("system_administrator_only", "只有系统管理员可以创建账户", "Only the system administrator creates accounts");
        }
        var errors = ValidateNew(user);
        if (errors.Count == 0 && user.DepartmentId is { } d && !await store.DepartmentExistsAsync(d, ct).ConfigureAwait(false))
        {
            errors.Add(FieldError.Of("departmentId", "department_unknown", $"部门 {d} 不存在", $"No department has the id {d}"));
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        if (RoleScopes.IsAdministrator(user.Role))
        {
            return IdentityProblems.Conflict("role", "administrator_role_by_security_administrator",
                "管理员角色只能由安全管理员通过角色变更授予", "Administrator roles are given only by the security administrator, through a role change");
        }
        var password = InitialPassword.New();
        long id;
        try
        {
            id = await store.InsertUserAsync(user with { DisplayName = user.DisplayName.Trim() }, hashing.Hash(password), mustChangePassword: true, ct).ConfigureAwait(false);
        }
        catch (DbException e) when (DbErrors.IsUniqueViolation(e))
        {
            return IdentityProblems.Conflict("username", "username_taken", $"用户名 {user.Username} 已被使用", $"The username {user.Username} is taken");
        }
        var account = (await store.FindUserAsync(id, ct).ConfigureAwait(false))!;
        Record(actor, AuditActions.UserCreate, account, $"role={user.Role} department={Text(user.DepartmentId)}");
        return new IssuedPassword(account, password);
    }

    /// <summary>Changes the display name and, when given, the department (system administrator only).</summary>
    public async Task<Outcome<UserAccount>> UpdateAsync(long id, string? displayName, long? departmentId, IdentityActor actor, CancellationToken ct = default)
    {
        if (actor.Role != Role.SystemAdministrator)
        {
            return IdentityProblems.Forbidden("system_administrator_only", "只有系统管理员可以修改账户", "Only the system administrator edits accounts");
        }
        if (await store.FindUserAsync(id, ct).ConfigureAwait(false) is not { } target)
        {
            return IdentityProblems.UserNotFound(id);
        }
        var name = displayName?.Trim() ?? target.DisplayName;
        var errors = new List<FieldError>();
        CheckDisplayName(name, errors);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        if (await CheckDepartmentAsync(target.Role, departmentId ?? target.DepartmentId, departmentId is not null, ct).ConfigureAwait(false) is { } problem)
        {
            return problem;
        }
        await store.UpdateProfileAsync(id, name, departmentId ?? target.DepartmentId, ct).ConfigureAwait(false);
        var updated = (await store.FindUserAsync(id, ct).ConfigureAwait(false))!;
        Record(actor, IdentityAuditActions.UserChange, updated, $"displayName={name} department={Text(updated.DepartmentId)}");
        return updated;
    }

    /// <summary>
    /// Gives the account another role, replacing its one role (security administrator only), ends its sessions and
    /// revokes its tokens (they were sized to the old role). Department roles need a department (the given one, or
    /// the account's); administrator roles drop the department.
    /// </summary>
    public async Task<Outcome<UserAccount>> ChangeRoleAsync(long id, Role role, long? departmentId, IdentityActor actor, CancellationToken ct = default)
    {
        if (actor.Role != Role.SecurityAdministrator)
        {
            return IdentityProblems.Forbidden("security_administrator_only", "只有安全管理员可以变更角色", "Only the security administrator changes roles");
        }
        if (id == actor.UserId)
        {
            return IdentityProblems.OwnAccount("不能变更自己的角色", "Nobody may change their own role");
        }
        if (await store.FindUserAsync(id, ct).ConfigureAwait(false) is not { } target)
        {
            return IdentityProblems.UserNotFound(id);
        }
        var department = RoleScopes.IsAdministrator(role) ? departmentId : departmentId ?? target.DepartmentId;
        if (await CheckDepartmentAsync(role, department, departmentId is not null, ct).ConfigureAwait(false) is { } problem)
        {
            return problem;
        }
        var guard = RoleScopes.IsAdministrator(target.Role) && target.Role != role && target.Active ? target.Role : (Role?)null;
        if (!await store.SetRoleAsync(id, role, department, guard, ct).ConfigureAwait(false))
        {
            return IdentityProblems.LastAdministrator(target.Role);
        }
        await store.RevokeTokensAsync(id, ct).ConfigureAwait(false);
        var updated = (await store.FindUserAsync(id, ct).ConfigureAwait(false))!;
        Record(actor, IdentityAuditActions.RoleChange, updated, $"role={target.Role}->{role} department={Text(department)}");
        return updated;
    }

    /// <summary>
    /// Disables or enables the account (system administrator only). A disabled account cannot sign in, its sessions
    /// end and its tokens stop working; nobody disables themselves or the last active holder of an administrator role.
    /// </summary>
    public async Task<Outcome<UserAccount>> SetDisabledAsync(long id, bool disabled, IdentityActor actor, CancellationToken ct = default)
    {
        if (actor.Role != Role.SystemAdministrator)
        {
            return IdentityProblems.Forbidden("system_administrator_only", "只有系统管理员可以停用或启用账户", "Only the system administrator disables or enables accounts");
        }
        if (id == actor.UserId)
        {
            return IdentityProblems.OwnAccount("不能停用或启用自己的账户", "Nobody may disable or enable their own account");
        }
        if (await store.FindUserAsync(id, ct).ConfigureAwait(false) is not { } target)
        {
            return IdentityProblems.UserNotFound(id);
        }
        var guard = disabled && target.Active && RoleScopes.IsAdministrator(target.Role) ? target.Role : (Role?)null;
        if (!await store.SetDisabledAsync(id, disabled, guard, ct).ConfigureAwait(false))
        {
            return IdentityProblems.LastAdministrator(target.Role);
        }
        var updated = (await store.FindUserAsync(id, ct).ConfigureAwait(false))!;
        Record(actor, disabled ? IdentityAuditActions.UserDisable : IdentityAuditActions.UserEnable, updated, null);
        return updated;
    }

    private void Record(IdentityActor actor, string action, UserAccount target, string? detail) =>
        audit.Append(new AuditEvent
        {
            Action = action, UserId = actor.UserId, Username = actor.Username, Role = actor.Role.ToString(), DepartmentId = actor.DepartmentId,
            Ip = actor.Ip, Detail = string.Create(CultureInfo.InvariantCulture, $"user={target.Id} ({target.Username}){(detail is null ? "" : " " + detail)}"),
        });

    private static string Text(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "-";

    [GeneratedRegex("^[a-z][a-z0-9._-]{2,63}$")]
    private static partial Regex UsernamePattern();
}
