using Zhongyuan.Catalog;
using Zhongyuan.Demo;
using Zhongyuan.Departments;

namespace Zhongyuan.Server.Hosting;

/// <summary>Seeds the demo province at start when <c>--demo</c> is given.</summary>
internal static class DemoModule
{
    public static Task<int> SeedAsync(IServiceProvider services, int seed, CancellationToken ct) =>
        new DemoSeeder(services.GetRequiredService<DepartmentStore>(), services.GetRequiredService<ResourceStore>(),
            services.GetRequiredService<CatalogService>()).SeedAsync(seed, ct);
}
