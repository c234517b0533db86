using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary><c>zy audit verify</c>: has the audit trail been tampered with? Needs an audit administrator's token.</summary>
internal static class AuditCommand
{
    public static Command Create(ClientRunner runner)
    {
        var t = runner.Text;
        var verify = new Command("verify", t[
            "重新计算审计哈希链并校验检查点签名；链被破坏时退出码为 1",
            "Recompute the audit hash chain and check the checkpoint signatures; exit code 1 when the chain is broken"]);
        verify.SetAction(runner.Action(async (s, r, ct) =>
        {
            var result = await s.Client.PostJsonAsync("api/v1/audit/verify", "{}", ct).ConfigureAwait(false);
            var ok = result.GetProperty("ok").GetBoolean();
            if (s.Json)
            {
                s.Out.Json(result);
            }
            else
            {
                Render(s, result, ok);
            }
            return ok ? ExitCodes.Ok : ExitCodes.Refused;
        }));
        return new Command("audit", t["审计", "Audit trail"]) { verify };
    }

    private static void Render(ClientSession s, JsonElement result, bool ok)
    {
        var t = s.T;
        var events = N(result.GetProperty("eventsChecked"));
        var checkpoints = N(result.GetProperty("checkpointsChecked"));
        if (ok)
        {
            s.Out.Line(Markup.Escape(t[$"审计链完整：已校验 {events} 条事件、{checkpoints} 个签名检查点",
                $"OK: the audit chain is intact ({events} events, {checkpoints} signed checkpoints)"]));
            return;
        }
        var b = result.GetProperty("break");
        s.Out.Line(Markup.Escape(t[
            $"审计链已被破坏（{b.Str("kind")}）：第 {N(b.GetProperty("seq"))} 条事件，位置 {N(b.GetProperty("position"))}。{b.Str("message")}",
            $"BROKEN ({b.Str("kind")}) at seq {N(b.GetProperty("seq"))}, position {N(b.GetProperty("position"))}: {b.Str("message")}"]));
    }

    private static string N(JsonElement number) => number.GetInt64().ToString(CultureInfo.InvariantCulture);
}
