using Microsoft.Extensions.Options;
using Zhongyuan.Catalog;
using Zhongyuan.Departments;
using Zhongyuan.Governance.Tickets;
using Zhongyuan.Identity;
using Zhongyuan.Regions;
using Zhongyuan.Search;
using Zhongyuan.Storage;

namespace Zhongyuan.Server.Hosting;

/// <summary>The control-plane database, the stores, the search index and the services built on them.</summary>
internal static class StorageModule
{
    public static void AddZhongyuanStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ZhongyuanOptions>(builder.Configuration.GetSection(ZhongyuanOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PlatformState>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZhongyuanOptions>>().Value;
            Directory.CreateDirectory(options.DataDirectory);
            return Database.FromOption(options.Database, options.DataDirectory);
        });
        services.AddSingleton<DepartmentStore>();
        services.AddSingleton<ResourceStore>();
        services.AddSingleton<IdentityStore>();
        services.AddSingleton<Zhongyuan.Catalog.Exchange.CatalogImporter>();
        services.AddSingleton<CatalogIndexHost>();
        services.AddSingleton(sp => sp.GetRequiredService<CatalogIndexHost>().Index);
        services.AddSingleton<IResourceIndex>(sp => sp.GetRequiredService<CatalogIndex>());
        services.AddSingleton(sp => new CatalogService(
            sp.GetRequiredService<ResourceStore>(), sp.GetRequiredService<DepartmentStore>(), sp.GetRequiredService<IResourceIndex>(),
            sp.GetRequiredService<TimeProvider>(), code => RegionCatalog.Henan.Find(code) is not null));
        services.Configure<TicketOptions>(builder.Configuration.GetSection(TicketOptions.Section));
        services.AddSingleton<TicketStore>();
        services.AddSingleton(sp => new TicketService(sp.GetRequiredService<TicketStore>(), sp.GetRequiredService<ResourceStore>(),
            sp.GetRequiredService<Zhongyuan.Ingest.DatasetStore>(), sp.GetRequiredService<Zhongyuan.Ingest.DataPlane>(), sp.GetRequiredService<IOptions<TicketOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<PlatformInitializer>();
    }
}
