using Zhongyuan.Governance.Tickets;

namespace Zhongyuan.Sharing;

/// <summary>Sharing settings, bound from <c>Zhongyuan:Sharing</c>.</summary>
public sealed class SharingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Zhongyuan:Sharing";

    /// <summary>Working days the provider has to answer a request (default 5); at least 1.</summary>
    public int DeadlineWorkingDays { get; set; } = 5;

    /// <summary>Working days for a request marked complex (default 10); at least 1.</summary>
    public int ComplexDeadlineWorkingDays { get; set; } = 10;

    /// <summary>The period of a grant when the request names no end (default 365 days).</summary>
    public int DefaultPeriodDays { get; set; } = 365;

    /// <summary>Public holidays in addition to the shipped State Council arrangement.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Make-up working days (调休) in addition to the shipped ones.</summary>
    public List<DateOnly> MakeUpWorkingDays { get; set; } = [];

    /// <summary>Requests per second each application may make (a token bucket refilled every second).</summary>
    public int RequestsPerSecond { get; set; } = 100;

    /// <summary>Requests over the rate that wait for a token instead of getting 429 at once.</summary>
    public int QueueLimit { get; set; } = 20;

    /// <summary>The calendar these settings describe.</summary>
    public WorkingCalendar Calendar() => WorkingCalendar.China(Holidays, MakeUpWorkingDays);
}
