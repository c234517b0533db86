using Microsoft.Extensions.Options;
using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Hosting;

/// <summary>Applications, share requests and grants; the grant store answers <see cref="IGrantLookup"/> for the access paths.</summary>
internal static class SharingModule
{
    public static void AddZhongyuanSharing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SharingOptions>(builder.Configuration.GetSection(SharingOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SharingOptions>>().Value);
        services.AddSingleton<ApplicationStore>();
        services.AddSingleton<GrantStore>();
        services.AddSingleton<IGrantLookup>(sp => sp.GetRequiredService<GrantStore>());
        services.AddSingleton<ShareRequestStore>();
        services.AddSingleton<ApplicationService>();
        services.AddSingleton<ShareRequestService>();
        services.AddSingleton<GrantService>();
    }
}
