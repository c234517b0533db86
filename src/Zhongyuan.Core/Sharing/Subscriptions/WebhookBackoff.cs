namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>Exponential back-off between webhook attempts: <c>first × 2^(n−1)</c> after the n-th failure, capped.</summary>
public static class WebhookBackoff
{
    /// <summary>The wait after the <paramref name="failures"/>-th consecutive failure (1-based).</summary>
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan cap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var exponent = Math.Min(failures - 1, 30);
        var ticks = Math.Min(first.Ticks * (double)(1L << exponent), cap.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
