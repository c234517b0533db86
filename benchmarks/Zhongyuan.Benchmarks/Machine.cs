namespace Zhongyuan.Benchmarks;

/// <summary>What the figures were measured on.</summary>
internal static class Machine
{
    public static string Describe()
    {
        var model = ReadField("/proc/cpuinfo", "model name") ?? "unknown CPU";
        var memory = ReadField("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var k)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{k / 1024.0 / 1024.0:F1} GiB")
            : "unknown";
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores (nproc), {model}, {memory} RAM, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average at start {load}, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC");
    }

    private static string? ReadField(string path, string name) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
