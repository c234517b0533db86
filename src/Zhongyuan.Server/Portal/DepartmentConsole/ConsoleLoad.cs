namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>A recent load of one of the department's resources, as the console's landing page lists it.</summary>
internal sealed class ConsoleLoad
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public long Version { get; set; }
    public long RowCount { get; set; }
    public long RowsRejected { get; set; }
    public string Source { get; set; } = "";
    public DateTimeOffset LoadedAt { get; set; }
}
