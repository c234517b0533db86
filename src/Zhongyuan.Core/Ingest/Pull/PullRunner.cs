using Microsoft.Extensions.Logging;
using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// Runs pull sources: fetches the source into a job's staging directory and queues an ordinary full load; a fetch
/// that fails is recorded as a failed job with the reason. Runs on demand and, through <see cref="RunDueAsync"/>,
/// on the resource's update cycle.
/// </summary>
public sealed class PullRunner(PullSourceStore sources, ResourceStore resources, DataPlane plane, LoadJobRunner loads, TimeProvider time, ILogger<PullRunner> logger)
{
    /// <summary>The actor of scheduled runs.</summary>
    public const string SchedulerActor = "scheduler";

    private readonly HttpFetcher _http = new(HttpFetcher.CreateClient());

    /// <summary>
    /// Fetches the source now and returns the load job: queued when the fetch succeeded, failed with the reason when
    /// not. The next scheduled run is counted from now.
    /// </summary>
    public async Task<LoadJob> RunAsync(PullSource source, Resource resource, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(resource);
        var jobId = Guid.NewGuid().ToString("N");
        var name = SourceName(source);
        var directory = plane.StagingFor(jobId);
        LoadJob job;
        try
        {
            var path = source.Kind == PullKind.Postgres
                ? await PostgresFetcher.FetchAsync(source, directory, ct).ConfigureAwait(false)
                : await _http.FetchAsync(source, directory, ct).ConfigureAwait(false);
            job = await loads.EnqueueAsync(new LoadRequest(jobId, resource, path, name, LoadMode.Full, actor), ct).ConfigureAwait(false);
        }
        catch (PullFetchException e)
        {
            logger.LogWarning("Pull of {Resource} from {Source} failed: {Reason}", resource.Code, name, e.Reason.En);
            Directory.Delete(directory, recursive: true);
            job = await loads.RecordFailedAsync(jobId, resource.Code, name, actor, e.Reason, ct).ConfigureAwait(false);
        }
        var now = time.GetUtcNow();
        await sources.MarkRunAsync(resource.Code, now, PullSchedule.NextRun(resource.Metadata.UpdateCycle, now), jobId, ct).ConfigureAwait(false);
        return job;
    }

    /// <summary>
    /// Runs, one after another, every enabled source whose next run is at or before <paramref name="now"/>; sources of
    /// missing or retired resources are skipped. Returns the jobs started.
    /// </summary>
    public async Task<IReadOnlyList<LoadJob>> RunDueAsync(DateTimeOffset now, CancellationToken ct = default)
    {
        var jobs = new List<LoadJob>();
        foreach (var source in (await sources.ScheduledAsync(ct).ConfigureAwait(false)).Where(s => PullSchedule.IsDue(s, now)))
        {
            var resource = await resources.FindAsync(source.ResourceCode, ct).ConfigureAwait(false);
            if (resource is null || resource.Status == ResourceStatus.Retired)
            {
                continue;
            }
            jobs.Add(await RunAsync(source, resource, SchedulerActor, ct).ConfigureAwait(false));
        }
        return jobs;
    }

    /// <summary>What a job shows as its source: the URL or connection with the password masked.</summary>
    public static string SourceName(PullSource source) =>
        SourceMask.Mask(source.Kind == PullKind.Postgres ? source.Connection : source.Url);
}
