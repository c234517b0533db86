using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Zhongyuan.Sharing;
using Zhongyuan.Sharing.Access;

namespace Zhongyuan.Server.Sharing;

/// <summary>Grant enforcement on the data paths, daily usage, and the per-application request rate limit.</summary>
internal static class AccessModule
{
    public static void AddZhongyuanAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<GrantUsageStore>();
        services.AddSingleton<GrantAccess>();
        services.AddRateLimiter(o =>
        {
            // Only applications are limited, each in its own bucket; users and anonymous callers are not partitioned here.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => context.User.ApplicationId() is { } app
                ? RateLimitPartition.GetTokenBucketLimiter(app.ToString(CultureInfo.InvariantCulture), _ => Bucket(Options(context)))
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = (rejected, _) =>
            {
                var retry = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(1);
                return new ValueTask(SharingProblems.TooManyRequests(rejected.HttpContext, retry, Options(rejected.HttpContext).RequestsPerSecond));
            };
        });
    }

    /// <summary>The rate limit, after authentication (it partitions by the application claim) and the request audit (so 429s are audited).</summary>
    public static void UseZhongyuanAccess(this WebApplication app) => app.UseRateLimiter();

    private static SharingOptions Options(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<SharingOptions>>().Value;

    private static TokenBucketRateLimiterOptions Bucket(SharingOptions options) => new()
    {
        TokenLimit = Math.Max(1, options.RequestsPerSecond),
        TokensPerPeriod = Math.Max(1, options.RequestsPerSecond),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = Math.Max(0, options.QueueLimit),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
