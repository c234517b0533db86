using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Zhongyuan.Tests.Ingest.Pull;

/// <summary>A real HTTP server on a free loopback port answering every request with one fixed body.</summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public LoopbackHttpServer(string body, string contentType, int status = 200)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _serving = Task.Run(() => ServeAsync(Encoding.UTF8.GetBytes(body), contentType, status));
    }

    public string BaseUrl { get; }

    /// <summary>The headers of the last request.</summary>
    public System.Collections.Specialized.NameValueCollection? LastHeaders { get; private set; }

    private async Task ServeAsync(byte[] body, string contentType, int status)
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
            LastHeaders = context.Request.Headers;
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }
}
