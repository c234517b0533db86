using System.Threading.RateLimiting;

namespace Zhongyuan.Server.Api;

/// <summary>
/// Limits developer sign-ups per client address (<c>Zhongyuan:Developers:SignUpsPerHour</c>, default 20, in a fixed
/// window of an hour), so the anonymous sign-up cannot be used to mass-create accounts or to probe names quickly.
/// </summary>
internal sealed class SignUpThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(ip =>
        RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, configuration.GetValue("Zhongyuan:Developers:SignUpsPerHour", 20)),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>Whether one more sign-up from the address is allowed now.</summary>
    public bool TryAcquire(string? ip)
    {
        using var lease = _limiter.AttemptAcquire(ip ?? "");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
