using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Zhongyuan.Catalog;
using Zhongyuan.Crypto;
using Zhongyuan.Departments;
using Zhongyuan.Ingest;
using Zhongyuan.Ingest.Pull;
using Zhongyuan.Regions;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Ingest.Pull;

/// <summary>A migrated database with one resource (人口基本信息, 每日), a running load worker and the pull services.</summary>
internal sealed class PullFixture : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;

    private PullFixture(Database db, Resource resource, DataPlane plane, KeyRing keys, byte[] masterKey)
    {
        MasterKeyBytes = masterKey;
        Keys = keys;
        Database = db;
        Resource = resource;
        Plane = plane;
        Datasets = new DatasetStore(db, TimeProvider.System);
        Loads = new LoadJobRunner(new LoadPipeline(plane, Datasets, new Zhongyuan.Governance.Quality.QualityStore(db), TimeProvider.System), Datasets, TimeProvider.System, NullLogger<LoadJobRunner>.Instance);
        Sources = new PullSourceStore(db, keys);
        Runner = new PullRunner(Sources, new ResourceStore(db), plane, Loads, TimeProvider.System, NullLogger<PullRunner>.Instance);
        _worker = Task.Run(() => Loads.RunAsync(_stop.Token));
    }

    public Database Database { get; }
    public KeyRing Keys { get; }

    /// <summary>The 32-byte master key (an AES-era key, so it also opens <c>v1:</c> secrets).</summary>
    public byte[] MasterKeyBytes { get; }
    public Resource Resource { get; }
    public DataPlane Plane { get; }
    public DatasetStore Datasets { get; }
    public LoadJobRunner Loads { get; }
    public PullSourceStore Sources { get; }
    public PullRunner Runner { get; }

    public static async Task<PullFixture> CreateAsync(string engine = "sqlite")
    {
        var db = await TestDatabases.CreateAsync(engine, "pull");
        var departments = new DepartmentStore(db, TimeProvider.System);
        var police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        var catalog = new CatalogService(new ResourceStore(db), departments, new RecordingIndex(), TimeProvider.System, c => RegionCatalog.Henan.Find(c) is not null);
        var resource = (await catalog.CreateAsync(new NewResource(police, SampleMetadata.Population()), "steward")).Value!;
        var master = RandomNumberGenerator.GetBytes(32);
        var keys = new KeyRing(db, MasterKey.FromBytes(master), TimeProvider.System);
        await keys.LoadAsync();
        return new PullFixture(db, resource, new DataPlane(Directory.CreateTempSubdirectory("zy-pull-").FullName), keys, master);
    }

    public PullSource Source(PullKind kind) => new() { ResourceCode = Resource.Code, Kind = kind, UpdatedBy = "steward", UpdatedAt = TimeProvider.System.GetUtcNow() };

    /// <summary>The job once it ended, polling with a deadline.</summary>
    public async Task<LoadJob> WaitAsync(LoadJob job)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        while (true)
        {
            var current = await Loads.FindAsync(job.Id) ?? throw new InvalidOperationException("The job vanished.");
            if (current.State is LoadState.Succeeded or LoadState.Failed || TimeProvider.System.GetUtcNow() > deadline)
            {
                return current;
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Runs an HTTP source expected to fail and returns its (already finished) job.</summary>
    public async Task<LoadJob> RunFailedAsync(string url)
    {
        var job = await Runner.RunAsync(Source(PullKind.Http) with { Url = url }, Resource, "steward");
        Assert.Equal(LoadState.Failed, job.State);
        return job;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _worker;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
        await Database.DisposeAsync();
    }
}
