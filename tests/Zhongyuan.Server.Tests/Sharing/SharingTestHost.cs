using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Zhongyuan.Sharing;

namespace Zhongyuan.Tests.Sharing;

/// <summary>
/// What the sharing fixtures change in the server: the fake clock, the constructed grants, a log sink, and
/// <see cref="TestApplicationHandler"/> as the default scheme (requests without its header go on to the token scheme).
/// </summary>
internal static class SharingTestHost
{
    public static void Configure(IWebHostBuilder b, FakeTimeProvider time, InMemoryGrants grants, LogSink logs)
    {
        b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        b.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IGrantLookup>(grants);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestApplicationHandler>(TestApplicationHandler.SchemeName, o =>
                o.ForwardDefaultSelector = c => c.Request.Headers.ContainsKey(TestApplicationHandler.Header) ? null : "Token");
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestApplicationHandler.SchemeName;
                o.DefaultAuthenticateScheme = TestApplicationHandler.SchemeName;
            });
        });
    }
}
