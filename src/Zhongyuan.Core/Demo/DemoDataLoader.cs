using Zhongyuan.Catalog;
using Zhongyuan.Demo.Data;
using Zhongyuan.Ingest;

namespace Zhongyuan.Demo;

/// <summary>
/// Fills the demo catalog with data: generates the department files (persons, enterprises, vehicles, …,
/// some in GB18030, with deliberate noise) and queues one load job per file into the resource of the
/// same name and provider. The loads run in the background like any upload.
/// </summary>
internal sealed class DemoDataLoader(ResourceStore resources, DataPlane plane, LoadJobRunner runner)
{
    /// <summary>Generates and queues; returns the jobs.</summary>
    public async Task<IReadOnlyList<LoadJob>> LoadAsync(int seed, int persons, CancellationToken ct = default)
    {
        var directory = Path.Combine(plane.StagingRoot, "demo-" + Guid.NewGuid().ToString("N"));
        var sets = DemoDataGenerator.Generate(directory, seed, persons, null, ct);
        var catalog = await resources.AllAsync(ct: ct).Where(r => r.Status != ResourceStatus.Retired).ToListAsync(ct).ConfigureAwait(false);
        var jobs = new List<LoadJob>();
        foreach (var set in sets)
        {
            var resource = catalog.FirstOrDefault(r => string.Equals(r.Metadata.Name, set.ResourceName, StringComparison.Ordinal)
                && string.Equals(r.Provider.Name, set.ProviderName, StringComparison.Ordinal));
            if (resource is null)
            {
                continue;
            }
            var job = Guid.NewGuid().ToString("N");
            var path = Path.Combine(plane.StagingFor(job), "source" + Path.GetExtension(set.FileName));
            File.Move(Path.Combine(directory, set.FileName), path);
            jobs.Add(await runner.EnqueueAsync(new LoadRequest(job, resource, path, set.FileName, LoadMode.Full, DemoSeeder.Actor)
            {
                // The demo files carry deliberate noise (bad IDs, odd dates); let the load show the rejects rather than fail.
                MaxRejectRatio = 0.2,
            }, ct).ConfigureAwait(false));
        }
        Directory.Delete(directory, recursive: true);
        return jobs;
    }
}
