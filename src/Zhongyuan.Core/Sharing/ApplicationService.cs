using Zhongyuan.Audit;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Problems;

namespace Zhongyuan.Sharing;

/// <summary>
/// Applications (应用) and their keys. A department's data stewards (<c>data:write</c>) and administrators register and
/// manage its applications; its members see them. Every change is an audit event.
/// </summary>
public sealed class ApplicationService(ApplicationStore store, DepartmentStore departments, AuditLog audit, TimeProvider time)
{
    /// <summary>How long a key lives when no expiry is given.</summary>
    public static readonly TimeSpan DefaultKeyLifetime = TimeSpan.FromDays(365);

    /// <summary>Registers an application of <paramref name="departmentId"/>.</summary>
    public async Task<Outcome<Application>> CreateAsync(long departmentId, ApplicationInput input, SharingActor actor, CancellationToken ct = default)
    {
        if (await departments.FindAsync(departmentId, ct).ConfigureAwait(false) is null)
        {
            return Problem.NotFound($"部门 {departmentId} 不存在", $"No department has the id {departmentId}");
        }
        if (!actor.MayManage(departmentId))
        {
            return ManageForbidden();
        }
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }
        var id = await store.InsertAsync(departmentId, input, actor.Username, ct).ConfigureAwait(false);
        if (id is null)
        {
            return DuplicateName(input.Name!);
        }
        audit.Append(SharingAudit.By(actor, AuditActions.ApplicationChange, $"create {id} {input.Name!.Trim()}"));
        return (await store.FindAsync(id.Value, ct).ConfigureAwait(false))!;
    }

    /// <summary>Changes an application's name, description, contact and whether it is enabled.</summary>
    public async Task<Outcome<Application>> UpdateAsync(long id, ApplicationInput input, SharingActor actor, CancellationToken ct = default)
    {
        var (application, problem) = await ManagedAsync(id, actor, ct).ConfigureAwait(false);
        if (application is null)
        {
            return problem!;
        }
        if (Validate(input) is { } invalid)
        {
            return invalid;
        }
        if (!await store.UpdateAsync(id, input, ct).ConfigureAwait(false))
        {
            return DuplicateName(input.Name!);
        }
        audit.Append(SharingAudit.By(actor, AuditActions.ApplicationChange, $"update {id} {input.Name!.Trim()} enabled={input.Enabled ?? true}"));
        return (await store.FindAsync(id, ct).ConfigureAwait(false))!;
    }

    /// <summary>Deletes an application that never requested data; one that did can only be disabled.</summary>
    public async Task<Outcome<Application>> DeleteAsync(long id, SharingActor actor, CancellationToken ct = default)
    {
        var (application, problem) = await ManagedAsync(id, actor, ct).ConfigureAwait(false);
        if (application is null)
        {
            return problem!;
        }
        if (!await store.DeleteAsync(id, ct).ConfigureAwait(false))
        {
            return Problem.Conflict("该应用已有共享申请或授权，不能删除，请改为停用", "The application has share requests or grants; disable it instead of deleting it");
        }
        audit.Append(SharingAudit.By(actor, AuditActions.ApplicationChange, $"delete {id} {application.Name}"));
        return application;
    }

    /// <summary>An application, for its department's members and administrators.</summary>
    public async Task<Outcome<Application>> FindAsync(long id, SharingActor actor, CancellationToken ct = default)
    {
        var application = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (application is null)
        {
            return NotFound(id);
        }
        return actor.MaySee(application.DepartmentId) ? application : SeeForbidden();
    }

    /// <summary>The applications of a department (the caller's own when null; administrators: every department when null).</summary>
    public async Task<Outcome<IReadOnlyList<Application>>> ListAsync(long? departmentId, SharingActor actor, CancellationToken ct = default)
    {
        var department = departmentId ?? (actor.IsAdmin ? null : actor.DepartmentId);
        if (department is null && !actor.IsAdmin)
        {
            return Problem.Forbidden("只有部门人员和管理员可以查看应用", "Only department members and administrators may list applications");
        }
        if (department is { } d && !actor.MaySee(d))
        {
            return SeeForbidden();
        }
        return Outcome(await store.ListAsync(department, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// Creates a key for an application and returns it in clear, once. <paramref name="expiresAt"/> must lie ahead;
    /// null means <see cref="DefaultKeyLifetime"/> from now.
    /// </summary>
    public async Task<Outcome<NewApplicationKey>> CreateKeyAsync(long id, string? name, DateTimeOffset? expiresAt, SharingActor actor, CancellationToken ct = default)
    {
        var (application, problem) = await ManagedAsync(id, actor, ct).ConfigureAwait(false);
        if (application is null)
        {
            return problem!;
        }
        var now = time.GetUtcNow();
        var errors = new List<FieldError>();
        SharingText.Check(errors, "name", "密钥名称", name, 100, required: false);
        if (expiresAt <= now)
        {
            errors.Add(FieldError.Of("expiresAt", "expiry_past", "过期时间必须晚于当前时间", "expiresAt must lie in the future"));
        }
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }
        var key = await store.CreateKeyAsync(id, SharingText.Clean(name) ?? "default", (expiresAt ?? now + DefaultKeyLifetime).ToUniversalTime(), actor.Username, ct).ConfigureAwait(false);
        audit.Append(SharingAudit.By(actor, AuditActions.ApplicationKey, $"create {id} key {key.Key.Id} {key.Key.Hint}"));
        return key;
    }

    /// <summary>An application's keys (never the keys themselves).</summary>
    public async Task<Outcome<IReadOnlyList<ApplicationKey>>> KeysAsync(long id, SharingActor actor, CancellationToken ct = default)
    {
        var (application, problem) = await ManagedAsync(id, actor, ct).ConfigureAwait(false);
        return application is null ? problem! : Outcome(await store.KeysAsync(id, ct).ConfigureAwait(false));
    }

    /// <summary>Revokes a key at once; requests sending it are refused from then on.</summary>
    public async Task<Outcome<ApplicationKey>> RevokeKeyAsync(long id, long keyId, SharingActor actor, CancellationToken ct = default)
    {
        var (application, problem) = await ManagedAsync(id, actor, ct).ConfigureAwait(false);
        if (application is null)
        {
            return problem!;
        }
        if (!await store.RevokeKeyAsync(id, keyId, ct).ConfigureAwait(false))
        {
            return Problem.NotFound($"应用 {id} 没有未吊销的密钥 {keyId}", $"Application {id} has no unrevoked key {keyId}");
        }
        audit.Append(SharingAudit.By(actor, AuditActions.ApplicationKey, $"revoke {id} key {keyId}"));
        return (await store.KeysAsync(id, ct).ConfigureAwait(false)).Single(k => k.Id == keyId);
    }

    private async Task<(Application? Application, Problem? Problem)> ManagedAsync(long id, SharingActor actor, CancellationToken ct)
    {
        var application = await store.FindAsync(id, ct).ConfigureAwait(false);
        if (application is null)
        {
            return (null, NotFound(id));
        }
        return actor.MayManage(application.DepartmentId) ? (application, null) : (null, ManageForbidden());
    }

    private static Problem? Validate(ApplicationInput input)
    {
        var errors = new List<FieldError>();
        SharingText.Check(errors, "name", "应用名称", input.Name, 100, required: true);
        SharingText.Check(errors, "description", "应用说明", input.Description, 1000, required: false);
        SharingText.Check(errors, "contact", "联系人", input.Contact, 200, required: false);
        return errors.Count > 0 ? Problem.Invalid(errors) : null;
    }

    private static Outcome<T> Outcome<T>(T value) => value;

    private static Problem NotFound(long id) => Problem.NotFound($"应用 {id} 不存在", $"No application has the id {id}");

    private static Problem DuplicateName(string name) => Problem.Invalid([FieldError.Of("name", "name_taken",
        $"本部门已有名为“{name.Trim()}”的应用", $"The department already has an application named \"{name.Trim()}\"")]);

    private static Problem ManageForbidden() => Problem.Forbidden("只有本部门的数据管理员（需 data:write 权限）或管理员可以管理应用",
        "Only the department's data stewards (with data:write) or administrators may manage its applications");

    private static Problem SeeForbidden() => Problem.Forbidden("只有本部门人员和管理员可以查看该部门的应用",
        "Only the department's members and administrators may see its applications");
}
