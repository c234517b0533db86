namespace Zhongyuan.Audit;

/// <summary>Audit settings, bound from <c>Zhongyuan:Audit</c>.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Zhongyuan:Audit";

    /// <summary>The shortest retention the platform allows (等保: at least 180 days).</summary>
    public const int MinimumRetentionDays = 180;

    /// <summary>Days events are kept; values below 180 count as 180.</summary>
    public int RetentionDays { get; set; } = MinimumRetentionDays;

    /// <summary>A signed checkpoint after this many events (checked after each group commit).</summary>
    public int CheckpointEvery { get; set; } = 10_000;

    /// <summary>A signed checkpoint at least this often, in seconds, while events arrive.</summary>
    public int CheckpointSeconds { get; set; } = 60;

    /// <summary>Events waiting for the writer at most; <see cref="AuditLog.Append"/> waits for room beyond (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 200_000;

    /// <summary>Events per group commit at most.</summary>
    public int BatchSize { get; set; } = 8_192;

    /// <summary>The retention in force: <see cref="RetentionDays"/>, at least <see cref="MinimumRetentionDays"/>.</summary>
    public int EffectiveRetentionDays => Math.Max(RetentionDays, MinimumRetentionDays);
}
