using System.CommandLine;
using Zhongyuan.Cli.Http;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary>
/// The options every client verb takes. Environment defaults are applied after parsing rather than as
/// option defaults, so that help never prints the token.
/// </summary>
internal sealed class GlobalOptions(CliContext context)
{
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public Option<string?> Url { get; } = new("--url")
    {
        Description = context.Text[$"服务器地址（环境变量 ZY_URL，默认 {DefaultUrl}）", $"Server URL (env ZY_URL, default {DefaultUrl})"],
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string?> Token { get; } = new("--token")
    {
        Description = context.Text["访问令牌 zy_…（环境变量 ZY_TOKEN），写操作需要", "Access token zy_… (env ZY_TOKEN), needed for writes"],
        HelpName = "TOKEN",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = context.Text["输出服务器返回的 JSON 而不是表格", "Print the server's JSON instead of tables"],
        Recursive = true,
    };

    public Option<string?> Lang { get; } = new("--lang")
    {
        Description = context.Text["语言：zh（默认）或 en（环境变量 ZY_LANG）", "Language: zh (default) or en (env ZY_LANG)"],
        HelpName = "zh|en",
        Recursive = true,
    };

    /// <summary>Adds the options to a verb group; they apply to all its subcommands.</summary>
    public Command Attach(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(Token);
        command.Options.Add(Json);
        command.Options.Add(Lang);
        return command;
    }

    public ClientSettings Read(ParseResult result) => new(
        NonEmpty(result.GetValue(Url)) ?? context.Environment.Get("ZY_URL") ?? DefaultUrl,
        NonEmpty(result.GetValue(Token)) ?? context.Environment.Get("ZY_TOKEN"),
        result.GetValue(Json),
        Localizer.For(NonEmpty(result.GetValue(Lang)) ?? context.Environment.Get("ZY_LANG")));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
