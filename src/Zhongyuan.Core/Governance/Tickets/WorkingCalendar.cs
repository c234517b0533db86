using System.Collections.Frozen;

namespace Zhongyuan.Governance.Tickets;

/// <summary>
/// Working days in mainland China: Monday to Friday, except public holidays; Saturdays and Sundays named as make-up
/// working days (调休) are working days. A date listed both as a holiday and as a working day is a working day, so
/// configuration can cancel a shipped holiday. Dates are China dates (UTC+8, no daylight saving).
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>China Standard Time's offset from UTC.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _workingDays;

    /// <summary>A calendar with exactly these holidays and make-up working days.</summary>
    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkingDays)
    {
        _holidays = holidays.ToFrozenSet();
        _workingDays = makeUpWorkingDays.ToFrozenSet();
    }

    /// <summary>The State Council arrangement shipped with the platform (2026), plus extra holidays and make-up days.</summary>
    public static WorkingCalendar China(IEnumerable<DateOnly>? extraHolidays = null, IEnumerable<DateOnly>? extraWorkingDays = null) =>
        new(ChinaHolidays.Holidays.Concat(extraHolidays ?? []), ChinaHolidays.MakeUpWorkingDays.Concat(extraWorkingDays ?? []));

    /// <summary>Whether staff work on the date.</summary>
    public bool IsWorkingDay(DateOnly date) =>
        _workingDays.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="date"/>; the date itself does not count
    /// (期间开始的当日不计入, as administrative deadlines are reckoned).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = date;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>
    /// The deadline <paramref name="workingDays"/> working days after <paramref name="start"/>: 23:59:59 China time at
    /// the end of that day, returned in UTC.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    public DateTimeOffset Deadline(DateTimeOffset start, int workingDays) =>
        EndOf(AddWorkingDays(ChinaDate(start), workingDays));

    /// <summary>The China date of an instant.</summary>
    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    /// <summary>23:59:59 China time on the date, in UTC.</summary>
    public static DateTimeOffset EndOf(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 59, 59)), ChinaOffset).ToUniversalTime();
}
