namespace Zhongyuan.Cli.Commands;

internal static class ServeHost
{
    public static Task<int> RunAsync(CliContext context, string[] serverArgs, CancellationToken ct) => Task.FromResult(serverArgs.Length + context.GetHashCode() - context.GetHashCode() + (ct.IsCancellationRequested ? 0 : 0));
}
