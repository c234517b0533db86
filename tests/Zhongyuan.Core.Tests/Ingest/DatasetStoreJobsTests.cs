using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Ingest;
using Zhongyuan.Regions;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Ingest;

/// <summary>The platform-wide job queries of the administrators' dashboard, on both engines.</summary>
public sealed class DatasetStoreJobsTests
{
    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task RecentJobsAndCounts_AcrossResources_NewestFirstAndCountedSince(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "jobs");
        var departments = new DepartmentStore(db, TimeProvider.System);
        var police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        var catalog = new CatalogService(new ResourceStore(db), departments, new RecordingIndex(), TimeProvider.System, c => RegionCatalog.Henan.Find(c) is not null);
        var resource = (await catalog.CreateAsync(new NewResource(police, SampleMetadata.Population()), "steward")).Value!;
        var store = new DatasetStore(db, TimeProvider.System);
        var now = new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);
        (string Id, LoadState State, int DaysAgo)[] jobs = [("old", LoadState.Succeeded, 30), ("ok", LoadState.Succeeded, 2), ("bad", LoadState.Failed, 1), ("new", LoadState.Queued, 0)];
        foreach (var (id, state, days) in jobs)
        {
            await store.InsertJobAsync(new LoadJob
            {
                Id = id, ResourceCode = resource.Code, State = state, Mode = LoadMode.Full, Source = "a.csv", CreatedBy = "s", CreatedAt = now.AddDays(-days),
            });
        }

        var recent = await store.RecentJobsAsync(3);
        var counts = await store.JobCountsAsync(now.AddDays(-7));

        Assert.Equal(["new", "bad", "ok"], recent.Select(j => j.Id));
        Assert.Equal(resource.Code, recent[0].ResourceCode);
        Assert.Equal(1, counts[LoadState.Succeeded]);
        Assert.Equal(1, counts[LoadState.Failed]);
        Assert.Equal(1, counts[LoadState.Queued]);
        Assert.False(counts.ContainsKey(LoadState.Running));
    }
}
