using System.Net.Http.Headers;
using System.Text.Json;

namespace Zhongyuan.Cli.Http;

internal sealed partial class ZyClient
{
    /// <summary>Uploads a file into a resource (streamed, reporting bytes sent) and returns the queued job.</summary>
    public Task<JsonElement> UploadAsync(string resourceCode, string path, string query, IProgress<long> sent, CancellationToken ct)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var content = new StreamContent(new ProgressStream(file, sent), 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentLength = file.Length;
        var name = Uri.EscapeDataString(Path.GetFileName(path));
        var request = new HttpRequestMessage(HttpMethod.Post, Relative($"api/v1/resources/{Uri.EscapeDataString(resourceCode)}/data?filename={name}{query}"))
        {
            Content = content,
        };
        return SendAsync(request, ct, upload: true);
    }

    /// <summary>A load job with its progress.</summary>
    public Task<JsonElement> JobAsync(string id, CancellationToken ct) => GetAsync($"api/v1/jobs/{Uri.EscapeDataString(id)}", ct);

    /// <summary>Reports the position of a stream as it is read.</summary>
    private sealed class ProgressStream(Stream inner, IProgress<long> progress) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => Report(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Report(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        private int Report(int read)
        {
            progress.Report(inner.Position);
            return read;
        }
    }
}
