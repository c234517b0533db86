using Zhongyuan.Catalog;
using Zhongyuan.Demo;
using Zhongyuan.Departments;
using Zhongyuan.Ingest;

namespace Zhongyuan.Server.Hosting;

/// <summary>Seeds the demo province at start when <c>--demo</c> is given.</summary>
internal static class DemoModule
{
    /// <summary>Seeds the catalog when empty, then (only for a freshly seeded catalog) queues the demo data loads.</summary>
    public static async Task SeedAsync(IServiceProvider services, int seed, int persons, CancellationToken ct)
    {
        var created = await new DemoSeeder(services.GetRequiredService<DepartmentStore>(), services.GetRequiredService<ResourceStore>(),
            services.GetRequiredService<CatalogService>()).SeedAsync(seed, ct).ConfigureAwait(false);
        await new Zhongyuan.Sharing.SharingDemoSeeder(services.GetRequiredService<DepartmentStore>(), services.GetRequiredService<ResourceStore>(),
            services.GetRequiredService<Zhongyuan.Sharing.ApplicationStore>(), services.GetRequiredService<Zhongyuan.Sharing.GrantStore>(),
            services.GetRequiredService<TimeProvider>()).SeedAsync(ct).ConfigureAwait(false);
        if (created > 0 && persons > 0)
        {
            await new DemoDataLoader(services.GetRequiredService<ResourceStore>(), services.GetRequiredService<DataPlane>(),
                services.GetRequiredService<LoadJobRunner>()).LoadAsync(seed, persons, ct).ConfigureAwait(false);
        }
    }
}
