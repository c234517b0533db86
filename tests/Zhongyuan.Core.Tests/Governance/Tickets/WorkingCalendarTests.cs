using Zhongyuan.Governance.Tickets;

namespace Zhongyuan.Tests.Governance.Tickets;

public sealed class WorkingCalendarTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly WorkingCalendar _calendar = WorkingCalendar.China();

    [Theory]
    [InlineData("2026-01-05", true)]   // Monday
    [InlineData("2026-01-10", false)]  // Saturday
    [InlineData("2026-01-01", false)]  // 元旦, a Thursday
    [InlineData("2026-01-04", true)]   // Sunday, 调休 working day
    [InlineData("2026-02-14", true)]   // Saturday before 春节, working
    [InlineData("2026-02-18", false)]  // 春节, a Wednesday
    [InlineData("2026-02-28", true)]   // Saturday after 春节, working
    [InlineData("2026-05-05", false)]  // 劳动节, a Tuesday
    [InlineData("2026-10-07", false)]  // 国庆节, a Wednesday
    [InlineData("2026-10-10", true)]   // Saturday, working
    public void IsWorkingDay_StateCouncil2026_FollowsArrangement(string date, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void AddWorkingDays_AcrossWeekend_SkipsSaturdayAndSunday()
    {
        // Thursday + 5 working days: Fri, Mon, Tue, Wed, Thu.
        Assert.Equal(new DateOnly(2026, 3, 19), _calendar.AddWorkingDays(new DateOnly(2026, 3, 12), 5));
    }

    [Fact]
    public void AddWorkingDays_StartDay_NotCounted()
    {
        Assert.Equal(new DateOnly(2026, 3, 10), _calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 1));
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival_SkipsHolidaysCountsMakeUpSaturdays()
    {
        // From Thu 2-12: Fri 2-13, Sat 2-14 (调休), then 2-15…2-23 off, Tue 2-24, Wed 2-25, Thu 2-26.
        Assert.Equal(new DateOnly(2026, 2, 26), _calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 5));
    }

    [Fact]
    public void AddWorkingDays_AcrossNationalDay_CountsSundayMakeUpDay()
    {
        // From Fri 9-18: Sun 9-20 (调休), Mon 9-21 … Thu 9-24; 9-25…9-27 off; Mon 9-28 … Wed 9-30; 10-1…10-7 off; Thu 10-8.
        Assert.Equal(new DateOnly(2026, 9, 24), _calendar.AddWorkingDays(new DateOnly(2026, 9, 18), 5));
        Assert.Equal(new DateOnly(2026, 10, 8), _calendar.AddWorkingDays(new DateOnly(2026, 9, 18), 9));
    }

    [Fact]
    public void AddWorkingDays_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 0));
    }

    [Fact]
    public void Deadline_LateEveningUtc_CountsFromChinaDate()
    {
        // 2026-03-12 17:00 UTC is Friday 2026-03-13 01:00 in China: five working days from Friday end on Friday 3-20.
        var deadline = _calendar.Deadline(new DateTimeOffset(2026, 3, 12, 17, 0, 0, TimeSpan.Zero), 5);

        Assert.Equal(new DateTimeOffset(2026, 3, 20, 23, 59, 59, China), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Fact]
    public void Configured_HolidayAndMakeUpDay_Override()
    {
        var calendar = new TicketOptions
        {
            Holidays = [new DateOnly(2026, 3, 10)],
            MakeUpWorkingDays = [new DateOnly(2026, 3, 14), new DateOnly(2026, 10, 7)],
        }.Calendar();

        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 3, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 14)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 7))); // a shipped holiday, cancelled
        Assert.Equal(new DateOnly(2026, 3, 12), calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 2));
    }
}
