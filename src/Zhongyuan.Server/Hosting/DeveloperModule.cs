using Zhongyuan.Developers;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Hosting;

/// <summary>The developer centre: developer accounts and applications, usage per key, and the sign-up throttle.</summary>
internal static class DeveloperModule
{
    public static void AddZhongyuanDevelopers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DeveloperStore>();
        services.AddSingleton<KeyUsageStore>();
        services.AddSingleton<DeveloperService>();
        services.AddSingleton<SignUpThrottle>();
    }
}
