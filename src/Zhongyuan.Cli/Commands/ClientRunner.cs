using System.CommandLine;
using System.Net.Sockets;
using Zhongyuan.Cli.Http;
using Zhongyuan.Cli.Output;

namespace Zhongyuan.Cli.Commands;

/// <summary>Runs a client verb and turns the ways a call can fail into a message and an exit code.</summary>
internal sealed class ClientRunner(CliContext context, GlobalOptions options)
{
    public Localizer Text => context.Text;

    public Func<ParseResult, CancellationToken, Task<int>> Action(Func<ClientSession, ParseResult, CancellationToken, Task<int>> body) =>
        (result, ct) => RunAsync(result, body, ct);

    private async Task<int> RunAsync(ParseResult result, Func<ClientSession, ParseResult, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        var settings = options.Read(result);
        var terminal = Terminal.Create(context, settings.Text);
        try
        {
            using var client = new ZyClient(settings);
            return await body(new ClientSession(client, terminal, settings.Json), result, ct).ConfigureAwait(false);
        }
        catch (ZyProblemException e)
        {
            return ProblemReport.Print(terminal, e.Problem);
        }
        catch (HttpRequestException e)
        {
            return Unreachable(terminal, settings.Url, Reason(e, settings.Text));
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return Unreachable(terminal, settings.Url, settings.Text["请求超时", "the request timed out"]);
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            terminal.Fail(e.Message);
            return ExitCodes.Usage;
        }
    }

    private static int Unreachable(Terminal terminal, string url, string reason)
    {
        terminal.Fail(terminal.Text[
            $"无法连接到中原服务器 {url}：{reason}。请先运行 zy serve，或用 --url / ZY_URL 指定地址。",
            $"Cannot connect to the Zhongyuan server at {url}: {reason}. Start one with zy serve, or give its address with --url / ZY_URL."]);
        return ExitCodes.Unreachable;
    }

    private static string Reason(HttpRequestException e, Localizer t) => e switch
    {
        { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => t["连接被拒绝", "connection refused"],
        { HttpRequestError: HttpRequestError.NameResolutionError } => t["无法解析主机名", "the host name could not be resolved"],
        { HttpRequestError: HttpRequestError.SecureConnectionError } => t["TLS 握手失败", "the TLS handshake failed"],
        { HttpRequestError: HttpRequestError.ConnectionError } => t["连接失败", "the connection failed"],
        _ => e.Message.TrimEnd('.'),
    };
}
