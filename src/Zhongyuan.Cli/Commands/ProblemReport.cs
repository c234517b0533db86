using Zhongyuan.Cli.Http;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary>Prints a server problem to standard error and picks the exit code for its status.</summary>
internal static class ProblemReport
{
    public static int Print(Terminal terminal, ZyProblem problem)
    {
        var t = terminal.Text;
        switch (problem.Status)
        {
            case 401:
                terminal.Fail(t[$"需要身份验证：{problem.Title}。请设置环境变量 ZY_TOKEN（或用 --token）提供访问令牌 zy_…。",
                    $"Authentication needed: {problem.Title}. Set ZY_TOKEN (or pass --token) to an access token zy_…."]);
                return ExitCodes.Auth;
            case 403:
                terminal.Fail(t[$"令牌被拒绝：{problem.Title}。请检查 ZY_TOKEN（或 --token）的令牌是否有效且有此操作的权限。",
                    $"Token refused: {problem.Title}. Check that the token in ZY_TOKEN (or --token) is valid and allowed to do this."]);
                return ExitCodes.Auth;
            default:
                PrintDetails(terminal, problem);
                return problem.Status >= 500 ? ExitCodes.ServerError : ExitCodes.Refused;
        }
    }

    private static void PrintDetails(Terminal terminal, ZyProblem problem)
    {
        terminal.Fail(terminal.Text[$"错误：{problem.Title}", $"Error: {problem.Title}"]);
        foreach (var error in problem.Errors)
        {
            terminal.Fail($"  {error.Field}: {error.Message}");
        }
        if (problem.Errors.Count == 0 && problem.Detail is { } detail)
        {
            terminal.Fail("  " + detail);
        }
    }
}
