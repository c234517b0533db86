namespace Zhongyuan.Governance.Tickets;

/// <summary>
/// The State Council's public holiday arrangement (国务院办公厅关于部分节假日安排的通知) shipped as the default
/// calendar. 2026: 国办发明电 of 2025-11-04. Later years are added here when announced (each November), or configured
/// through <c>Zhongyuan:Tickets:Holidays</c> and <c>Zhongyuan:Tickets:MakeUpWorkingDays</c> without a release.
/// </summary>
internal static class ChinaHolidays
{
    /// <summary>Days off, weekends inside a holiday included (harmless: they are not working days anyway).</summary>
    public static IReadOnlyList<DateOnly> Holidays { get; } =
    [
        .. Range(2026, 1, 1, 3),    // 元旦
        .. Range(2026, 2, 15, 9),   // 春节 2-15 … 2-23
        .. Range(2026, 4, 4, 3),    // 清明节
        .. Range(2026, 5, 1, 5),    // 劳动节
        .. Range(2026, 6, 19, 3),   // 端午节
        .. Range(2026, 9, 25, 3),   // 中秋节
        .. Range(2026, 10, 1, 7),   // 国庆节
    ];

    /// <summary>调休: Saturdays and Sundays that are working days.</summary>
    public static IReadOnlyList<DateOnly> MakeUpWorkingDays { get; } =
    [
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    private static IEnumerable<DateOnly> Range(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, day).AddDays(i));
}
