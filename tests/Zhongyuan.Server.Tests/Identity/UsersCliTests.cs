using System.Text.RegularExpressions;
using Zhongyuan.Tests.Cli;
using ZyCli = Zhongyuan.Cli.Cli;

namespace Zhongyuan.Tests.Identity;

public sealed partial class UsersCliTests(CliServer server) : IClassFixture<CliServer>
{
    private async Task<CliResult> RunAsync(params string[] args)
    {
        var env = new Dictionary<string, string?> { ["ZY_URL"] = server.Url, ["ZY_TOKEN"] = server.Token, ["COLUMNS"] = "200" };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ZyCli.RunAsync(args, output, error, env);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Users_CreateListDisable_RoundTrip()
    {
        var created = await RunAsync("users", "create", "cli.dev", "--name", "命令行开发者", "--role", "Developer");
        var id = IdPattern().Match(created.Output).Groups[1].Value;
        var listed = await RunAsync("users", "list", "--query", "cli.dev");
        var disabled = await RunAsync("users", "disable", id);
        var after = await RunAsync("users", "list", "--query", "cli.dev");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("初始密码", created.Output, StringComparison.Ordinal);
        Assert.Contains("命令行开发者", listed.Output, StringComparison.Ordinal);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Contains("已停用", after.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_CreateWithoutDepartmentForSteward_ExitsNonZeroWithFieldMessage()
    {
        var result = await RunAsync("users", "create", "cli.steward", "--name", "管理员", "--role", "DataSteward");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("必须隶属于一个部门", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"ID (\d+)")]
    private static partial Regex IdPattern();
}
