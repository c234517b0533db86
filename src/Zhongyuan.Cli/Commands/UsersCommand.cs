using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy users list|create|disable</c>: account administration (the system administrator's token).</summary>
internal static class UsersCommand
{
    public static Command Create(ClientRunner runner)
    {
        var t = runner.Text;
        return new Command("users", t["用户账户", "User accounts"]) { List(runner), CreateUser(runner), Disable(runner) };
    }

    private static Command List(ClientRunner runner)
    {
        var t = runner.Text;
        var query = new Option<string?>("--query", "-q") { Description = t["按用户名或姓名查找", "Search username or display name"] };
        var role = new Option<string?>("--role") { Description = t["角色，如 DataSteward 或 部门数据管理员", "Role, e.g. DataSteward"] };
        var department = new Option<long?>("--department") { Description = t["部门 ID", "Department id"], HelpName = "ID" };
        var list = new Command("list", t["列出用户", "List users"]) { query, role, department };
        list.SetAction(runner.Action(async (s, r, ct) =>
        {
            Render(s, await s.Client.UsersAsync(r.GetValue(query), r.GetValue(role), r.GetValue(department), ct).ConfigureAwait(false));
            return ExitCodes.Ok;
        }));
        return list;
    }

    private static Command CreateUser(ClientRunner runner)
    {
        var t = runner.Text;
        var username = new Argument<string>("USERNAME") { Description = t["登录名", "Sign-in name"] };
        var name = new Option<string>("--name") { Description = t["姓名", "Display name"], Required = true };
        var role = new Option<string>("--role") { Description = t["角色", "Role"], Required = true };
        var department = new Option<long?>("--department") { Description = t["部门 ID（部门角色必填）", "Department id (department roles)"], HelpName = "ID" };
        var create = new Command("create", t["创建用户并显示一次性初始密码", "Create a user and show its one-time initial password"]) { username, name, role, department };
        create.SetAction(runner.Action(async (s, r, ct) =>
        {
            var body = await s.Client.CreateUserAsync(r.GetValue(username)!, r.GetValue(name)!, r.GetValue(role)!, r.GetValue(department), ct).ConfigureAwait(false);
            if (s.Json)
            {
                s.Out.Json(body);
                return ExitCodes.Ok;
            }
            var user = body.Get("user");
            s.Out.Line(Markup.Escape(s.T[$"已创建用户 {user.Str("username")}（ID {user.Str("id")}，{user.Str("roleLabel")}）",
                $"Created user {user.Str("username")} (id {user.Str("id")}, {user.Str("roleLabel")})"]));
            s.Out.Line(Markup.Escape(s.T[$"初始密码（仅显示一次，首次登录须修改）：{body.Str("initialPassword")}",
                $"Initial password (shown once; must be changed at first sign-in): {body.Str("initialPassword")}"]));
            return ExitCodes.Ok;
        }));
        return create;
    }

    private static Command Disable(ClientRunner runner)
    {
        var t = runner.Text;
        var id = new Argument<long>("ID") { Description = t["用户 ID", "User id"] };
        var disable = new Command("disable", t["停用用户", "Disable a user"]) { id };
        disable.SetAction(runner.Action(async (s, r, ct) =>
        {
            var user = await s.Client.DisableUserAsync(r.GetValue(id), ct).ConfigureAwait(false);
            if (s.Json)
            {
                s.Out.Json(user);
                return ExitCodes.Ok;
            }
            s.Out.Line(Markup.Escape(s.T[$"已停用用户 {user.Str("username")}", $"Disabled user {user.Str("username")}"]));
            return ExitCodes.Ok;
        }));
        return disable;
    }

    private static void Render(ClientSession s, JsonElement page)
    {
        if (s.Json)
        {
            s.Out.Json(page);
            return;
        }
        var t = s.T;
        var table = new Table().AddColumns(TableColumns.Fixed("ID"), TableColumns.Fixed(t["用户名", "Username"]), TableColumns.Text(t["姓名", "Name"]),
            TableColumns.Text(t["角色", "Role"]), TableColumns.Fixed(t["部门", "Department"]), TableColumns.Fixed(t["状态", "Status"]));
        foreach (var u in page.Get("items").Items())
        {
            var status = u.Str("disabled") == "true" ? t["已停用", "disabled"] : t["正常", "active"];
            table.AddRow(Markup.Escape(u.Str("id")), Markup.Escape(u.Str("username")), Markup.Escape(u.Str("displayName")),
                Markup.Escape(u.Str("roleLabel")), Markup.Escape(u.Str("departmentId")), Markup.Escape(status));
        }
        s.Out.Write(table);
        s.Out.Line(Markup.Escape(t[$"共 {page.Str("total")} 个用户", $"{page.Str("total")} users"]));
    }
}
