using Zhongyuan.Catalog;
using Zhongyuan.Catalog.Exchange;
using Zhongyuan.Demo;
using Zhongyuan.Departments;
using Zhongyuan.Regions;
using Zhongyuan.Tests.Catalog;
using Zhongyuan.Tests.Storage;

namespace Zhongyuan.Tests.Demo;

public sealed class DemoSeederTests
{
    private static async Task<(DemoSeeder Seeder, ResourceStore Store, CatalogService Service, DepartmentStore Departments)> CreateAsync(string engine)
    {
        var db = await TestDatabases.CreateAsync(engine, "demo");
        var departments = new DepartmentStore(db, TimeProvider.System);
        var store = new ResourceStore(db);
        var service = new CatalogService(store, departments, new RecordingIndex(), TimeProvider.System, c => RegionCatalog.Henan.Find(c) is not null);
        return (new DemoSeeder(departments, store, service), store, service, departments);
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Seed_EmptyPlatform_DepartmentsAndCatalog(string engine)
    {
        var (seeder, store, _, departments) = await CreateAsync(engine);

        var created = await seeder.SeedAsync(2026);

        Assert.Equal(DemoSeeder.CatalogSize, created);
        Assert.Equal(DemoDepartments.All.Count, (await departments.ListAsync()).Count);
        var (published, _) = await store.ListAsync(new ResourceListQuery(ResourceStatus.Published, Limit: 1000));
        Assert.InRange(published.Count, 185, 215);
        Assert.Equal(DemoCatalog.Generate(2026, DemoSeeder.CatalogSize).Count(d => d.Publish), published.Count);
        Assert.Equal(0, await seeder.SeedAsync(2026));
    }

    [Theory, MemberData(nameof(TestDatabases.Engines), MemberType = typeof(TestDatabases))]
    public async Task Import_MixedEntries_CreatesUpdatesAndRejectsByRow(string engine)
    {
        var (seeder, store, service, departments) = await CreateAsync(engine);
        await seeder.SeedAsync(2026);
        var (page, _) = await store.ListAsync(new ResourceListQuery(ResourceStatus.Published, Limit: 1));
        var existing = page[0];
        var importer = new CatalogImporter(service, departments);
        ImportedEntry[] entries =
        [
            new(1, "河南省公安厅", null, SampleMetadata.Population("导入的人口信息"), []),
            new(2, existing.Provider.CreditCode, existing.Code, existing.Metadata with { Abstract = "导入修改后的摘要" }, []),
            new(3, "不存在的部门", null, SampleMetadata.Population("导入的另一条"), []),
            new(4, "河南省生态环境厅", null, null, [FieldError.Of("items[0].length", "number_with_unit", "数字请不要带单位", "no units")]),
            new(5, "省生态环境厅", null, SampleMetadata.AirQuality("导入的空气质量数据"), []),
        ];

        var report = await importer.ImportAsync(entries, "importer", publish: false);

        Assert.Equal([1, 5], report.Created.Select(c => c.Row));
        Assert.Equal(existing.Code, Assert.Single(report.Updated).Code);
        Assert.Equal([3, 4], report.Rejected.Select(r => r.Row));
        Assert.Equal("导入修改后的摘要", (await store.FindAsync(existing.Code))!.Metadata.Abstract);
        Assert.Equal("导入的空气质量数据", (await store.FindAsync(report.Created[1].Code))!.Metadata.Name);
    }
}
