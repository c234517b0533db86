namespace Zhongyuan.Server.Sharing;

/// <summary>Settings of the sharing access paths (section <c>Zhongyuan:Sharing</c>).</summary>
internal sealed class SharingOptions
{
    public const string Section = "Zhongyuan:Sharing";

    /// <summary>Requests per second each application may make (a token bucket refilled every second).</summary>
    public int RequestsPerSecond { get; set; } = 100;

    /// <summary>Requests over the rate that wait for a token instead of getting 429 at once.</summary>
    public int QueueLimit { get; set; } = 20;
}
