using Zhongyuan.Catalog;
using Zhongyuan.Problems;

namespace Zhongyuan.Identity;

/// <summary>Password resets and the field rules of accounts.</summary>
public sealed partial class UserAdministration
{
    /// <summary>
    /// Gives the account a new one-time password it must change at next sign-in, clears a lockout and ends its
    /// sessions. The system administrator resets anyone's but the security and audit administrators' (that would let
    /// one administrator take over another's account); the security administrator resets those two roles' accounts.
    /// Nobody resets their own: they change it with the current one.
    /// </summary>
    public async Task<Outcome<IssuedPassword>> ResetPasswordAsync(long id, IdentityActor actor, CancellationToken ct = default)
    {
        if (id == actor.UserId)
        {
            return IdentityProblems.OwnAccount("不能重置自己的密码，请使用修改密码", "Nobody may reset their own password: change it instead");
        }
        if (await store.FindUserAsync(id, ct).ConfigureAwait(false) is not { } target)
        {
            return IdentityProblems.UserNotFound(id);
        }
        if (ResetRefusal(actor.Role, target.Role) is { } refusal)
        {
            return refusal;
        }
        var password = InitialPassword.New();
        await store.SetPasswordAsync(id, hashing.Hash(password), mustChangePassword: true, ct).ConfigureAwait(false);
        var updated = (await store.FindUserAsync(id, ct).ConfigureAwait(false))!;
        Record(actor, IdentityAuditActions.PasswordReset, updated, null);
        return new IssuedPassword(updated, password);
    }

    private static Problem? ResetRefusal(Role actor, Role target) => actor switch
    {
        Role.SystemAdministrator when target is Role.SecurityAdministrator or Role.AuditAdministrator => IdentityProblems.Conflict("id", "separation_of_duties",
            "系统管理员不能重置安全管理员或审计管理员的密码，请由安全管理员办理", "The system administrator cannot reset a security or audit administrator's password: the security administrator does"),
        Role.SystemAdministrator => null,
        Role.SecurityAdministrator when target is Role.SecurityAdministrator or Role.AuditAdministrator => null,
        Role.SecurityAdministrator => IdentityProblems.Conflict("id", "separation_of_duties",
            "安全管理员只能重置安全管理员和审计管理员的密码", "The security administrator resets only security and audit administrators' passwords"),
        _ => IdentityProblems.Forbidden("administrator_only", "无权重置密码", "Not allowed to reset passwords"),
    };

    private static List<FieldError> ValidateNew(NewUser user)
    {
        var errors = new List<FieldError>();
        if (!UsernamePattern().IsMatch(user.Username ?? ""))
        {
            errors.Add(FieldError.Of("username", "username_invalid", "用户名须为 3 至 64 位小写字母、数字或 . _ -，以字母开头",
                "The username needs 3 to 64 lower-case letters, digits or . _ -, starting with a letter"));
        }
        CheckDisplayName(user.DisplayName?.Trim() ?? "", errors);
        if (RoleScopes.RequiresDepartment(user.Role) && user.DepartmentId is null)
        {
            errors.Add(DepartmentRequired(user.Role));
        }
        return errors;
    }

    private static void CheckDisplayName(string name, List<FieldError> errors)
    {
        if (name.Length is 0 or > 100)
        {
            errors.Add(FieldError.Of("displayName", "display_name_invalid", "姓名须为 1 至 100 个字符", "The display name needs 1 to 100 characters"));
        }
    }

    /// <summary>Department roles need an existing department; administrator roles take none.</summary>
    private async Task<Problem?> CheckDepartmentAsync(Role role, long? department, bool given, CancellationToken ct)
    {
        if (RoleScopes.IsAdministrator(role) && department is not null)
        {
            return IdentityProblems.Conflict("departmentId", "administrator_without_department",
                "管理员账户不隶属于部门：部门角色与管理员权限不能兼有", "Administrator accounts belong to no department: a department role and administrator rights cannot be combined");
        }
        if (RoleScopes.RequiresDepartment(role) && department is null)
        {
            return Problem.Invalid([DepartmentRequired(role)]);
        }
        if (given && department is { } d && !await store.DepartmentExistsAsync(d, ct).ConfigureAwait(false))
        {
            return Problem.Invalid([FieldError.Of("departmentId", "department_unknown", $"部门 {d} 不存在", $"No department has the id {d}")]);
        }
        return null;
    }

    private static FieldError DepartmentRequired(Role role)
    {
        var label = Localization.Labels.Of(role);
        return FieldError.Of("departmentId", "department_required", $"{label.Zh}必须隶属于一个部门", $"A {label.En.ToLowerInvariant()} must belong to a department");
    }
}
