namespace Zhongyuan.Governance.Tickets;

/// <summary>Ticket settings, bound from <c>Zhongyuan:Tickets</c>.</summary>
public sealed class TicketOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Zhongyuan:Tickets";

    /// <summary>Working days the provider has to answer (default 5, as for conditional sharing requests); at least 1.</summary>
    public int DeadlineWorkingDays { get; set; } = 5;

    /// <summary>Public holidays in addition to the shipped State Council arrangement (ISO dates, e.g. 2027-01-01).</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Make-up working days (调休) in addition to the shipped ones; also cancels a shipped holiday on that date.</summary>
    public List<DateOnly> MakeUpWorkingDays { get; set; } = [];

    /// <summary>The calendar these settings describe.</summary>
    public WorkingCalendar Calendar() => WorkingCalendar.China(Holidays, MakeUpWorkingDays);
}
