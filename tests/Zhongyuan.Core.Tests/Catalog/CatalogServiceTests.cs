using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Problems;
using Zhongyuan.Storage;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Catalog;

public sealed class CatalogServiceTests
{
    private sealed record Fixture(Database Database, CatalogService Service, ResourceStore Store, RecordingIndex Index, long PoliceId, long EnvId);

    private static async Task<Fixture> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "catalog");
        var departments = new DepartmentStore(db, TimeProvider.System);
        var police = await departments.InsertAsync(new NewDepartment("河南省公安厅", "省公安厅", "11410000DM0000017E", "410000", DepartmentLevel.Province, null));
        var env = await departments.InsertAsync(new NewDepartment("河南省生态环境厅", "省生态环境厅", "11410000DM0000025X", "410000", DepartmentLevel.Province, null));
        var store = new ResourceStore(db);
        var index = new RecordingIndex();
        return new Fixture(db, new CatalogService(store, departments, index, TimeProvider.System, code => code.StartsWith("41", StringComparison.Ordinal)), store, index, police, env);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_ValidEntry_IsDraftWithGeneratedCode(string engine)
    {
        var f = await CreateAsync(engine);

        var outcome = await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "steward");

        Assert.True(outcome.Succeeded);
        Assert.Equal("101001000-000001", outcome.Value.Code);
        Assert.Equal(ResourceStatus.Draft, outcome.Value.Status);
        Assert.Equal("河南省公安厅", outcome.Value.Provider.Name);
        Assert.Contains(outcome.Value.Code, f.Index.Held.Keys);
        var events = await f.Store.EventsAsync(outcome.Value.Code);
        Assert.Equal("create", Assert.Single(events).Action);
        Assert.Equal("steward", events[0].Actor);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_SeveralEntries_CodesAreUniqueSequentialAndOneLength(string engine)
    {
        var f = await CreateAsync(engine);

        var codes = new List<string>();
        foreach (var name in new[] { "人口基本信息", "流动人口信息", "户籍迁移信息" })
        {
            codes.Add((await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population(name)), "s")).Value!.Code);
        }
        codes.Add((await f.Service.CreateAsync(new NewResource(f.EnvId, SampleMetadata.AirQuality()), "s")).Value!.Code);

        Assert.Equal(["101001000-000001", "101001000-000002", "101001000-000003", "211001000-000001"], codes);
        Assert.All(codes, c => Assert.Equal(ResourceCode.Length, c.Length));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_NameDifferingOnlyByPunctuation_IsRejected(string engine)
    {
        var f = await CreateAsync(engine);
        await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population("人口基本信息")), "s");

        var outcome = await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population("人口 基本·信息！")), "s");

        Assert.False(outcome.Succeeded);
        Assert.Equal(ProblemKind.Validation, outcome.Problem.Kind);
        Assert.Contains(outcome.Problem.Errors, e => e is { Field: "name", Code: "name_duplicate" });
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Create_SameNameAtAnotherProvider_IsAllowed(string engine)
    {
        var f = await CreateAsync(engine);
        await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.AirQuality()), "s");

        var outcome = await f.Service.CreateAsync(new NewResource(f.EnvId, SampleMetadata.AirQuality()), "s");

        Assert.True(outcome.Succeeded);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Lifecycle_DraftToRetired_RecordsEveryStep(string engine)
    {
        var f = await CreateAsync(engine);
        var code = (await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "steward")).Value!.Code;

        Assert.Equal(ResourceStatus.Submitted, (await f.Service.SubmitAsync(code, "steward")).Value!.Status);
        var published = (await f.Service.PublishAsync(code, "reviewer", "同意发布")).Value!;
        Assert.Equal(ResourceStatus.Published, published.Status);
        Assert.NotNull(published.PublishDate);
        Assert.Equal(ResourceStatus.Retired, (await f.Service.RetireAsync(code, "admin")).Value!.Status);

        var events = await f.Store.EventsAsync(code);
        Assert.Equal(["create", "submit", "publish", "retire"], events.Select(e => e.Action));
        Assert.Equal(["steward", "steward", "reviewer", "admin"], events.Select(e => e.Actor));
        Assert.Equal("同意发布", events[2].Note);
        Assert.Equal(ResourceStatus.Retired, f.Index.Held[code].Status);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Publish_FromDraft_IsConflict(string engine)
    {
        var f = await CreateAsync(engine);
        var code = (await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "s")).Value!.Code;

        var outcome = await f.Service.PublishAsync(code, "s");

        Assert.Equal(ProblemKind.Conflict, outcome.Problem!.Kind);
        Assert.Contains("草稿", outcome.Problem.Title.Zh, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Update_Published_CreatesNewVersionAndKeepsPrevious(string engine)
    {
        var f = await CreateAsync(engine);
        var code = (await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "s")).Value!.Code;
        await f.Service.SubmitAsync(code, "s");
        await f.Service.PublishAsync(code, "s");

        var changed = SampleMetadata.Population() with { Abstract = "更新后的摘要：全省户籍人口基本信息。" };
        var updated = await f.Service.UpdateAsync(code, changed, "editor");

        Assert.Equal(2, updated.Value!.Version);
        Assert.Equal(ResourceStatus.Published, updated.Value.Status);
        var versions = await f.Store.VersionsAsync(code);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(SampleMetadata.Population().Abstract, versions[0].Metadata.Abstract);
        Assert.Equal(changed.Abstract, versions[1].Metadata.Abstract);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Update_Draft_ChangesInPlace(string engine)
    {
        var f = await CreateAsync(engine);
        var code = (await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "s")).Value!.Code;

        var updated = await f.Service.UpdateAsync(code, SampleMetadata.Population() with { Tags = ["人口"] }, "s");

        Assert.Equal(1, updated.Value!.Version);
        Assert.Equal(["人口"], updated.Value.Metadata.Tags);
        Assert.Empty(await f.Store.VersionsAsync(code));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Update_ClassificationChange_IsRejected(string engine)
    {
        var f = await CreateAsync(engine);
        var code = (await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "s")).Value!.Code;

        var outcome = await f.Service.UpdateAsync(code, SampleMetadata.Population() with { Classification = "102001000" }, "s");

        Assert.Contains(outcome.Problem!.Errors, e => e.Code == "classification_fixed");
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Update_Retired_IsConflict(string engine)
    {
        var f = await CreateAsync(engine);
        var code = (await f.Service.CreateAsync(new NewResource(f.PoliceId, SampleMetadata.Population()), "s")).Value!.Code;
        await f.Service.SubmitAsync(code, "s");
        await f.Service.PublishAsync(code, "s");
        await f.Service.RetireAsync(code, "s");

        var outcome = await f.Service.UpdateAsync(code, SampleMetadata.Population(), "s");

        Assert.Equal(ProblemKind.Conflict, outcome.Problem!.Kind);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task CreateMany_MixedBatch_CreatesValidAndReportsInvalid(string engine)
    {
        var f = await CreateAsync(engine);
        var requests = new List<NewResource>
        {
            new(f.PoliceId, SampleMetadata.Population("人口基本信息")),
            new(f.PoliceId, SampleMetadata.Population("人口基本信息。")),
            new(f.EnvId, SampleMetadata.AirQuality()),
            new(f.EnvId, SampleMetadata.AirQuality("水质监测数据") with { Items = [] }),
            new(999, SampleMetadata.AirQuality("噪声监测数据")),
        };

        var result = await f.Service.CreateManyAsync(requests, "importer", publish: true);

        Assert.Equal(["101001000-000001", "211001000-000001"], result.Created.Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal([1, 3, 4], result.Rejected.Select(r => r.Index));
        var stored = await f.Store.FindAsync("211001000-000001");
        Assert.Equal(ResourceStatus.Published, stored!.Status);
        Assert.Single(await f.Store.VersionsAsync("211001000-000001"));
        Assert.Equal("importer", Assert.Single(await f.Store.EventsAsync("211001000-000001")).Actor);
        Assert.Equal(2, f.Index.Held.Count);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task List_KeysetPaging_VisitsEveryResourceOnce(string engine)
    {
        var f = await CreateAsync(engine);
        var requests = Enumerable.Range(1, 25).Select(i => new NewResource(f.EnvId, SampleMetadata.AirQuality($"空气质量监测数据第{i}期"))).ToList();
        await f.Service.CreateManyAsync(requests, "s", publish: false);

        var seen = new List<string>();
        long after = 0;
        while (true)
        {
            var (page, last) = await f.Store.ListAsync(new ResourceListQuery(ResourceStatus.Draft, AfterId: after, Limit: 10));
            if (page.Count == 0)
            {
                break;
            }
            seen.AddRange(page.Select(p => p.Code));
            after = last;
        }

        Assert.Equal(25, seen.Distinct(StringComparer.Ordinal).Count());
    }
}
