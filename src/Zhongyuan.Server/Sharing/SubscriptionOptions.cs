namespace Zhongyuan.Server.Sharing;

/// <summary>Settings of subscriptions and webhook delivery (section <c>Zhongyuan:Sharing:Subscriptions</c>).</summary>
internal sealed class SubscriptionOptions
{
    public const string Section = "Zhongyuan:Sharing:Subscriptions";

    /// <summary>How often the webhook worker looks for new versions and due retries.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The wait after the first failed attempt; doubled after each further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts of one page before the subscription is marked failing.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a receiver may take to answer.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Most rows per webhook body (a larger change set goes in several deliveries, in order).</summary>
    public int RowsPerDelivery { get; set; } = 1000;

    /// <summary>Whether plain-http webhook URLs to a loopback host are accepted (tests and local trials only).</summary>
    public bool AllowLoopbackHttp { get; set; }
}
