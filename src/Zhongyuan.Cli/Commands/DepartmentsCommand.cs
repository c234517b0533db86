using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy departments list</c>.</summary>
internal static class DepartmentsCommand
{
    public static Command Create(ClientRunner runner)
    {
        var t = runner.Text;
        var level = new Option<string?>("--level") { Description = t["层级：province、city、county", "Level: province, city, county"] };
        var region = new Option<string?>("--region") { Description = t["行政区划代码，如 410100", "Region code, e.g. 410100"], HelpName = "CODE" };
        var list = new Command("list", t["列出部门", "List departments"]) { level, region };
        list.SetAction(runner.Action(async (s, r, ct) =>
        {
            var departments = await s.Client.DepartmentsAsync(r.GetValue(level), r.GetValue(region), ct).ConfigureAwait(false);
            Render(s, departments);
            return ExitCodes.Ok;
        }));
        return new Command("departments", t["部门", "Departments"]) { list };
    }

    private static void Render(ClientSession s, JsonElement departments)
    {
        if (s.Json)
        {
            s.Out.Json(departments);
            return;
        }
        var t = s.T;
        var table = new Table().AddColumns(TableColumns.Fixed("ID"), TableColumns.Text(t["名称", "Name"]), TableColumns.Text(t["简称", "Short name"]),
            TableColumns.Fixed(t["统一社会信用代码", "Credit code"]), TableColumns.Fixed(t["区划", "Region"]));
        foreach (var d in departments.Items())
        {
            table.AddRow(Markup.Escape(d.Str("id")), Markup.Escape(d.Str("name")), Markup.Escape(d.Str("shortName")),
                Markup.Escape(d.Str("creditCode")), Markup.Escape(d.Str("regionCode")));
        }
        s.Out.Write(table);
        s.Out.Line(Markup.Escape(t[$"共 {table.Rows.Count} 个部门", $"{table.Rows.Count} departments"]));
    }
}
