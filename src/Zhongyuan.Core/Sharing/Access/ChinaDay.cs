namespace Zhongyuan.Sharing.Access;

/// <summary>The calendar day in China (UTC+8, no daylight saving), by which daily quotas are counted.</summary>
public static class ChinaDay
{
    /// <summary>China's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The day in China at <paramref name="now"/>.</summary>
    public static DateOnly Of(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>The next midnight in China after <paramref name="now"/>, when a daily quota starts again.</summary>
    public static DateTimeOffset NextMidnight(DateTimeOffset now) =>
        new(Of(now).AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);
}
