using Microsoft.Extensions.Hosting;
using Zhongyuan.Server.Hosting;

namespace Zhongyuan.Cli.Commands;

/// <summary>Runs the ASP.NET Core host; it prints the listening URL and first-start credentials itself.</summary>
internal static class ServeHost
{
    public static async Task<int> RunAsync(CliContext context, string[] serverArgs, CancellationToken ct)
    {
        try
        {
            var app = ZhongyuanApp.Create(serverArgs);
            await using (app.ConfigureAwait(false))
            {
                // WebApplication.RunAsync takes a URL; the IHost extension is the one that honours the token.
                await HostingAbstractionsHostExtensions.RunAsync(app, ct).ConfigureAwait(false);
            }
            return ExitCodes.Ok;
        }
        catch (IOException e)
        {
            // Typically the port is taken.
            await context.Error.WriteLineAsync(context.Text[$"服务器无法启动：{e.Message}", $"The server could not start: {e.Message}"]).ConfigureAwait(false);
            return ExitCodes.Refused;
        }
    }
}
