using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Zhongyuan.Tests.Sharing;

/// <summary>A real HTTP receiver on a free loopback port that answers 500 to the first <c>failFirst</c> requests and 200 after.</summary>
internal sealed class SubscriptionWebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly int _failFirst;
    private readonly Task _loop;
    private int _count;

    public SubscriptionWebhookReceiver(int failFirst)
    {
        _failFirst = failFirst;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hook/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    /// <summary>Every request received, in order: headers and body bytes, and the status answered.</summary>
    public ConcurrentQueue<(Dictionary<string, string> Headers, byte[] Body, int Status)> Requests { get; } = new();

    public void Dispose()
    {
        _listener.Close();
        _ = _loop.Exception;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var status = Interlocked.Increment(ref _count) <= _failFirst ? 500 : 200;
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue((headers, body.ToArray(), status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
