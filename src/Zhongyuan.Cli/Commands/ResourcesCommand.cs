using System.CommandLine;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy resources …</c>: the catalog of information resources.</summary>
internal static partial class ResourcesCommand
{
    public static Command Create(ClientRunner runner)
    {
        var t = runner.Text;
        return new Command("resources", t["信息资源目录", "The information resource catalog"])
        {
            List(runner), Show(runner), CreateResource(runner), Search(runner),
            Step(runner, "submit", t["提交发布审核", "Submit for publication"]),
            Step(runner, "publish", t["发布", "Publish"]),
            Step(runner, "withdraw", t["退回草稿", "Send back to draft"]),
            Step(runner, "retire", t["停用", "Retire"]),
        };
    }

    private static Argument<string> CodeArgument(Localizer t) =>
        new("CODE") { Description = t["信息资源代码，如 101001000-000001", "Resource code, e.g. 101001000-000001"] };

    private static Command Step(ClientRunner runner, string step, string description)
    {
        var t = runner.Text;
        var code = CodeArgument(t);
        var note = new Option<string?>("--note") { Description = t["备注，随操作记录", "A note recorded with the step"], HelpName = "TEXT" };
        var command = new Command(step, description) { code, note };
        command.SetAction(runner.Action(async (s, r, ct) =>
        {
            var resource = await s.Client.StepAsync(r.GetValue(code)!, step, r.GetValue(note), ct).ConfigureAwait(false);
            if (s.Json)
            {
                s.Out.Json(resource);
                return ExitCodes.Ok;
            }
            var status = Labels.Status(resource.Str("status"), s.T);
            s.Out.Line(Markup.Escape(s.T[$"{resource.Str("code")}：{status}（第 {resource.Str("version")} 版）",
                $"{resource.Str("code")}: {status} (version {resource.Str("version")})"]));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
