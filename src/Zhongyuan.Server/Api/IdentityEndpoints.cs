using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Zhongyuan.Catalog;
using Zhongyuan.Identity;
using Zhongyuan.Localization;
using Zhongyuan.Problems;
using Zhongyuan.Server.Security;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Accounts and roles under three-role separation: the system administrator (users:manage) creates, edits, disables
/// accounts and resets passwords; the security administrator (roles:manage) changes roles; both list accounts. The
/// rules themselves are in <see cref="UserAdministration"/>.
/// </summary>
internal static partial class IdentityEndpoints
{
    public static void MapIdentity(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/roles", Roles).WithTags("identity").RequireAuthorization()
            .WithSummary("角色与权限范围 The roles, their scopes and whether they need a department");
        var users = app.MapGroup("/api/v1/users").WithTags("identity");
        users.MapGet("", List).RequireAuthorization(SecurityModule.UsersReadPolicy)
            .WithSummary("用户列表 Accounts: search by name (q), role, department, disabled");
        users.MapGet("/{id:long}", Get).RequireAuthorization(SecurityModule.UsersReadPolicy).WithSummary("用户 One account");
        users.MapPost("", Create).RequireAuthorization(Scopes.UsersManage)
            .WithSummary("创建用户 Create an account (system administrator): returns its one-time initial password");
        users.MapPatch("/{id:long}", Update).RequireAuthorization(Scopes.UsersManage).WithSummary("修改用户 Change display name or department");
        users.MapPut("/{id:long}/role", ChangeRole).RequireAuthorization(Scopes.RolesManage)
            .WithSummary("变更角色 Replace the account's one role (security administrator; never one's own)");
        users.MapPost("/{id:long}/roles", AddRole).RequireAuthorization(Scopes.RolesManage)
            .WithSummary("追加角色（拒绝） Adding a second role is always refused: one role per account");
        users.MapPost("/{id:long}/disable", Disable).RequireAuthorization(Scopes.UsersManage).WithSummary("停用用户 Disable an account");
        users.MapPost("/{id:long}/enable", Enable).RequireAuthorization(Scopes.UsersManage).WithSummary("启用用户 Enable an account");
        users.MapPost("/{id:long}/password-reset", ResetPassword).RequireAuthorization(SecurityModule.UsersReadPolicy)
            .WithSummary("重置密码 Reset a password: returns a one-time initial password the user must change");
    }

    private static Ok<List<RoleBody>> Roles(HttpContext context)
    {
        var english = Lang.IsEnglish(context);
        return TypedResults.Ok(Labels.All<Role>().Select(r => new RoleBody(r.Value.ToString(), r.Label.In(english),
            [.. RoleScopes.Order(RoleScopes.Allowed(r.Value))], RoleScopes.IsAdministrator(r.Value), RoleScopes.RequiresDepartment(r.Value))).ToList());
    }

    private static async Task<Results<Ok<UserPageBody>, ProblemHttpResult>> List(string? q, string? role, long? department, bool? disabled,
        int? limit, int? offset, [FromServices] UserAdministration users, HttpContext context, CancellationToken ct)
    {
        Role? wanted = null;
        if (role is not null)
        {
            if (!Labels.TryParse<Role>(role, out var parsed))
            {
                return ProblemWriter.ToResult(Problem.Invalid([UnknownRole("role")]), context);
            }
            wanted = parsed;
        }
        var query = new UserQuery(q, wanted, department, disabled, Math.Clamp(limit ?? 50, 1, 500), Math.Max(offset ?? 0, 0));
        var page = await users.ListAsync(query, ct);
        var english = Lang.IsEnglish(context);
        return TypedResults.Ok(new UserPageBody([.. page.Items.Select(u => UserBody.From(u, english))], page.Total, query.Limit, query.Offset));
    }

    private static async Task<Results<Ok<UserBody>, ProblemHttpResult>> Get(long id, [FromServices] UserAdministration users, HttpContext context, CancellationToken ct) =>
        await users.FindAsync(id, ct) is { } user
            ? TypedResults.Ok(UserBody.From(user, Lang.IsEnglish(context)))
            : ProblemWriter.ToResult(Problem.NotFound($"用户 {id} 不存在", $"No user has the id {id}"), context);

    private static async Task<Results<Created<IssuedPasswordBody>, ProblemHttpResult>> Create(CreateUserRequest body, [FromServices] UserAdministration users,
        HttpContext context, CancellationToken ct)
    {
        if (OneRole(body.Role, body.Roles, out var role) is { } problem)
        {
            return ProblemWriter.ToResult(problem, context);
        }
        var outcome = await users.CreateAsync(new NewUser(body.Username ?? "", body.DisplayName ?? "", role, body.DepartmentId), context.Actor(), ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/v1/users/{outcome.Value.User.Id}", IssuedPasswordBody.From(outcome.Value, Lang.IsEnglish(context)))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static async Task<Results<Ok<UserBody>, ProblemHttpResult>> Update(long id, UpdateUserRequest body, [FromServices] UserAdministration users,
        HttpContext context, CancellationToken ct) =>
        Answer(await users.UpdateAsync(id, body.DisplayName, body.DepartmentId, context.Actor(), ct), context);

    private static async Task<Results<Ok<UserBody>, ProblemHttpResult>> ChangeRole(long id, ChangeRoleRequest body, [FromServices] UserAdministration users,
        HttpContext context, CancellationToken ct)
    {
        if (OneRole(body.Role, body.Roles, out var role) is { } problem)
        {
            return ProblemWriter.ToResult(problem, context);
        }
        return Answer(await users.ChangeRoleAsync(id, role, body.DepartmentId, context.Actor(), ct), context);
    }

    private static ProblemHttpResult AddRole(long id, HttpContext context) => ProblemWriter.ToResult(SecondRole(), context);

    private static async Task<Results<Ok<UserBody>, ProblemHttpResult>> Disable(long id, [FromServices] UserAdministration users, HttpContext context, CancellationToken ct) =>
        Answer(await users.SetDisabledAsync(id, true, context.Actor(), ct), context);

    private static async Task<Results<Ok<UserBody>, ProblemHttpResult>> Enable(long id, [FromServices] UserAdministration users, HttpContext context, CancellationToken ct) =>
        Answer(await users.SetDisabledAsync(id, false, context.Actor(), ct), context);

    private static async Task<Results<Ok<IssuedPasswordBody>, ProblemHttpResult>> ResetPassword(long id, [FromServices] UserAdministration users,
        HttpContext context, CancellationToken ct)
    {
        var outcome = await users.ResetPasswordAsync(id, context.Actor(), ct);
        return outcome.Succeeded
            ? TypedResults.Ok(IssuedPasswordBody.From(outcome.Value, Lang.IsEnglish(context)))
            : ProblemWriter.ToResult(outcome.Problem, context);
    }

    private static Results<Ok<UserBody>, ProblemHttpResult> Answer(Outcome<UserAccount> outcome, HttpContext context) =>
        outcome.Succeeded ? TypedResults.Ok(UserBody.From(outcome.Value, Lang.IsEnglish(context))) : ProblemWriter.ToResult(outcome.Problem, context);

    /// <summary>Exactly one role: a <c>roles</c> list naming two is refused, as is an unknown or missing role.</summary>
    private static Problem? OneRole(string? role, IReadOnlyList<string>? roles, out Role parsed)
    {
        parsed = default;
        var named = (roles ?? []).Append(role).Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        var known = new HashSet<Role>();
        foreach (var name in named)
        {
            if (!Labels.TryParse<Role>(name, out var one))
            {
                return Problem.Invalid([UnknownRole("role")]);
            }
            known.Add(one);
        }
        if (known.Count > 1)
        {
            return SecondRole();
        }
        if (known.Count == 0)
        {
            return Problem.Invalid([UnknownRole("role")]);
        }
        parsed = known.First();
        return null;
    }

    private static Problem SecondRole() => new(ProblemKind.Conflict, new LocalizedText("一个账户只能有一个角色", "An account holds exactly one role"),
        [FieldError.Of("roles", "one_role_per_account", "一个账户只能有一个角色（三员分立）；如需变更请替换其角色",
            "An account holds exactly one role (three-role separation): replace its role instead")]);

    private static FieldError UnknownRole(string field) => FieldError.Of(field, "role_unknown",
        "角色应为 SystemAdministrator、SecurityAdministrator、AuditAdministrator、DataSteward、DepartmentUser、Analyst 或 Developer（或其中文名称）",
        "role must be SystemAdministrator, SecurityAdministrator, AuditAdministrator, DataSteward, DepartmentUser, Analyst or Developer (or the Chinese name)");
}
