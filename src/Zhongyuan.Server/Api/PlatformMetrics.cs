using System.Diagnostics.Metrics;

namespace Zhongyuan.Server.Api;

/// <summary>The platform's own metrics, exported at <c>/metrics</c>.</summary>
internal static class PlatformMetrics
{
    public const string MeterName = "Zhongyuan";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Catalog searches and their duration in milliseconds.</summary>
    public static readonly Histogram<double> SearchDuration =
        Meter.CreateHistogram<double>("zhongyuan.catalog.search.duration", "ms", "Duration of catalog searches in the index");

    /// <summary>Catalog changes by action (create, update, submit, publish, …).</summary>
    public static readonly Counter<long> CatalogChanges =
        Meter.CreateCounter<long>("zhongyuan.catalog.changes", description: "Catalog lifecycle steps that succeeded");
}
