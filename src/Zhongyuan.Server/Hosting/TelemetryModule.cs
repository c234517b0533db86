using OpenTelemetry.Metrics;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Hosting;

/// <summary>Prometheus metrics: ASP.NET Core's request metrics plus the platform's own meter.</summary>
internal static class TelemetryModule
{
    public static void AddZhongyuanTelemetry(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter(PlatformMetrics.MeterName)
            .AddPrometheusExporter());
}
