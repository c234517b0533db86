using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Zhongyuan.Crypto;
using Zhongyuan.Storage;

namespace Zhongyuan.Audit;

/// <summary>
/// The append-only, hash-chained audit log. <see cref="Append"/> only queues the event (a bounded channel), so it
/// is cheap on request paths; one background writer takes the queue in batches and stores each batch in one
/// durable transaction (group commit), assigning <c>seq</c> and chaining <c>hash = SM3(prev_hash ‖ canonical event)</c>.
/// After a commit it writes a checkpoint signed with the node's SM2 key every <see cref="AuditOptions.CheckpointEvery"/>
/// events or <see cref="AuditOptions.CheckpointSeconds"/> seconds. One instance per process (a singleton); replicas
/// sharing one PostgreSQL serialise on the chain head row.
/// </summary>
public sealed partial class AuditLog : IAsyncDisposable, IDisposable
{
    private readonly Channel<Pending> _queue;
    private readonly Database _database;
    private readonly KeyRing _keys;
    private readonly NodeKeys _node;
    private readonly TimeProvider _time;
    private readonly AuditOptions _options;
    private readonly ILogger<AuditLog> _logger;
    private readonly Task _writer;
    private long _appended;

    /// <summary>Creates the log and starts its writer; the database must be migrated before the first event is written.</summary>
    public AuditLog(Database database, KeyRing keys, NodeKeys node, TimeProvider time, AuditOptions options, ILogger<AuditLog> logger)
    {
        _database = database;
        _keys = keys;
        _node = node;
        _time = time;
        _options = options;
        _logger = logger;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true, FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(RunAsync);
    }

    /// <summary>Events handed to <see cref="Append"/> or <see cref="AppendAsync"/> since the start.</summary>
    public long Appended => Interlocked.Read(ref _appended);

    /// <summary>Events committed to the database by this instance since the start.</summary>
    public long Written { get; private set; }

    /// <summary>
    /// Queues an event and returns at once; the time is taken now when <see cref="AuditEvent.At"/> is null. Blocks only
    /// when <see cref="AuditOptions.QueueCapacity"/> events are already waiting (the database is far behind).
    /// </summary>
    /// <exception cref="InvalidOperationException">The log was disposed.</exception>
    public void Append(AuditEvent auditEvent)
    {
        var pending = Stamp(auditEvent);
        if (!_queue.Writer.TryWrite(pending))
        {
            // Back-pressure rather than losing audit events.
            _queue.Writer.WriteAsync(pending).AsTask().GetAwaiter().GetResult();
        }
        Interlocked.Increment(ref _appended);
    }

    /// <summary>Queues an event, waiting asynchronously for room when the queue is full.</summary>
    public async ValueTask AppendAsync(AuditEvent auditEvent, CancellationToken ct = default)
    {
        await _queue.Writer.WriteAsync(Stamp(auditEvent), ct).ConfigureAwait(false);
        Interlocked.Increment(ref _appended);
    }

    /// <summary>Completes when every event queued before the call is committed.</summary>
    public Task FlushAsync(CancellationToken ct = default) => SendMarkerAsync(checkpoint: false, ct);

    /// <summary>Flushes, then writes a signed checkpoint at the chain head (unless one is there already).</summary>
    public Task CheckpointAsync(CancellationToken ct = default) => SendMarkerAsync(checkpoint: true, ct);

    /// <summary>Writes what is queued, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposing)
        {
            return;
        }
        _disposing = true;
        _queue.Writer.TryComplete();
        try
        {
            await _writer.WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.LogError("The audit writer did not finish within 30 s; unwritten events are lost");
        }
    }

    /// <summary>
    /// As <see cref="DisposeAsync"/>, blocking: a container disposed synchronously (a test host) must still write the
    /// queue, and an IAsyncDisposable-only singleton would make it throw and skip disposing the other services.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Pending Stamp(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentException.ThrowIfNullOrWhiteSpace(e.Action);
        return new Pending(e, e.At ?? _time.GetUtcNow(), null, false);
    }

    private async Task SendMarkerAsync(bool checkpoint, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Pending(null, default, done, checkpoint), ct).ConfigureAwait(false);
        await done.Task.WaitAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A queued event, or a flush marker completed once everything before it is written.</summary>
    private sealed record Pending(AuditEvent? Event, DateTimeOffset At, TaskCompletionSource? Done, bool Checkpoint);
}
