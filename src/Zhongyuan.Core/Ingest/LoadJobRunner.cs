using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest;

/// <summary>
/// Runs load jobs one at a time in the background (a load uses both cores through DuckDB; running two
/// at once would only make both slower). Progress is kept in memory for live reads and written to the
/// job row every second; the outcome is written when the job ends.
/// </summary>
public sealed class LoadJobRunner(LoadPipeline pipeline, DatasetStore store, TimeProvider time, ILogger<LoadJobRunner> logger)
{
    private static readonly TimeSpan PersistEvery = TimeSpan.FromSeconds(1);
    private readonly Channel<LoadRequest> _queue = Channel.CreateUnbounded<LoadRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, (LoadJob Job, LoadProgress Progress)> _live = new(StringComparer.Ordinal);

    /// <summary>Raised after a job ended, successfully or not (for tests and notifications).</summary>
    public event Action<LoadJob>? Finished;

    /// <summary>Records the job and queues it.</summary>
    public async Task<LoadJob> EnqueueAsync(LoadRequest request, CancellationToken ct = default)
    {
        var job = new LoadJob
        {
            Id = request.JobId, ResourceCode = request.Resource.Code, State = LoadState.Queued, Mode = request.Mode,
            Source = request.SourceName, BytesTotal = new FileInfo(request.SourcePath).Length, CreatedBy = request.Actor, CreatedAt = time.GetUtcNow(),
        };
        await store.InsertJobAsync(job, ct).ConfigureAwait(false);
        _live[job.Id] = (job, new LoadProgress());
        await _queue.Writer.WriteAsync(request, ct).ConfigureAwait(false);
        return job;
    }

    /// <summary>
    /// Records a job that failed before it could be queued (its source could not be fetched), so that the failure and
    /// its reason show in the job list like any other load's.
    /// </summary>
    public async Task<LoadJob> RecordFailedAsync(string jobId, string resourceCode, string sourceName, string actor, LocalizedText error, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var job = new LoadJob
        {
            Id = jobId, ResourceCode = resourceCode, State = LoadState.Failed, Mode = LoadMode.Full, Source = sourceName, CreatedBy = actor,
            CreatedAt = now, StartedAt = now, FinishedAt = now, Error = error,
        };
        await store.InsertJobAsync(job, ct).ConfigureAwait(false);
        await store.UpdateJobAsync(job, ct).ConfigureAwait(false);
        Finished?.Invoke(job);
        return job;
    }

    /// <summary>The job with its live progress while it runs, else as stored.</summary>
    public async Task<LoadJob?> FindAsync(string id, CancellationToken ct = default) =>
        _live.TryGetValue(id, out var live) ? WithProgress(live.Job, live.Progress) : await store.FindJobAsync(id, ct).ConfigureAwait(false);

    /// <summary>Works through the queue until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        await foreach (var request in _queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            await RunOneAsync(request, ct).ConfigureAwait(false);
        }
    }

    private async Task RunOneAsync(LoadRequest request, CancellationToken ct)
    {
        var (queued, progress) = _live[request.JobId];
        var job = queued with { State = LoadState.Running, StartedAt = time.GetUtcNow() };
        _live[job.Id] = (job, progress);
        await store.UpdateJobAsync(job, ct).ConfigureAwait(false);
        using var persist = new CancellationTokenSource();
        var persisting = PersistAsync(job, progress, persist.Token);
        try
        {
            var (version, report) = await Task.Run(() => pipeline.RunAsync(request, progress, ct), ct).ConfigureAwait(false);
            job = WithProgress(job, progress) with { State = LoadState.Succeeded, Version = version.Version, Report = report };
        }
        catch (LoadFailedException e)
        {
            job = WithProgress(job, progress) with { State = LoadState.Failed, Error = e.Reason, Report = e.Report };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Load job {Job} of {Resource} failed", job.Id, job.ResourceCode);
            job = WithProgress(job, progress) with
            {
                State = LoadState.Failed,
                Error = new LocalizedText("加载时发生内部错误，本次加载未生效，原有版本不受影响；请联系管理员查看日志", "Internal error during the load; nothing was loaded and the previous version is intact. Ask the administrator to check the log."),
            };
        }
        finally
        {
            await persist.CancelAsync().ConfigureAwait(false);
            await persisting.ConfigureAwait(false);
            TryDeleteStaging(request);
        }
        job = job with { FinishedAt = time.GetUtcNow() };
        await store.UpdateJobAsync(job, ct).ConfigureAwait(false);
        _live.TryRemove(job.Id, out _);
        Finished?.Invoke(job);
    }

    private async Task PersistAsync(LoadJob job, LoadProgress progress, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(PersistEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                await store.UpdateJobAsync(WithProgress(job, progress), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The job ended; its final state is written by the caller.
        }
    }

    private static LoadJob WithProgress(LoadJob job, LoadProgress p) => job with
    {
        BytesTotal = p.BytesTotal ?? job.BytesTotal,
        BytesRead = Math.Max(job.BytesRead, p.BytesRead),
        RowsRead = Math.Max(job.RowsRead, p.RowsRead),
        RowsRejected = Math.Max(job.RowsRejected, p.RowsRejected),
    };

    private void TryDeleteStaging(LoadRequest request)
    {
        try
        {
            var directory = Path.GetDirectoryName(request.SourcePath);
            if (directory is not null && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException e)
        {
            // Cleaned at the next start.
            logger.LogWarning(e, "Could not remove the staging directory of job {Job}", request.JobId);
        }
    }
}
