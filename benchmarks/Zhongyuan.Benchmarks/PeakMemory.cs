using System.Globalization;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// The peak resident memory of this process while it lives: <c>VmRSS</c> from <c>/proc/self/status</c> sampled
/// every 50 ms (VmHWM cannot be reset, so it would include whatever ran before, e.g. the data generation).
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private long _peak;
    private long _stagePeak;

    private PeakMemory()
    {
        Baseline = ResidentBytes();
        _peak = Baseline;
        _stagePeak = Baseline;
        _timer = new Timer(_ => Sample(), null, 0, 50);
    }

    /// <summary>The resident memory when sampling started.</summary>
    public long Baseline { get; }

    /// <summary>The largest resident memory seen so far.</summary>
    public long Peak
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    /// <summary>Collects garbage left by earlier work, then starts sampling.</summary>
    public static PeakMemory Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new PeakMemory();
    }

    /// <summary>The current VmRSS in bytes (0 where /proc is missing).</summary>
    public static long ResidentBytes() => Field("VmRSS:");

    /// <summary>The process's high-water mark VmHWM in bytes (0 where /proc is missing).</summary>
    public static long HighWaterBytes() => Field("VmHWM:");

    public void Dispose() => _timer.Dispose();

    /// <summary>The largest resident memory since the last call (or the start), then starts over from the current one.</summary>
    public long TakeStagePeak()
    {
        Sample();
        var stagePeak = Interlocked.Exchange(ref _stagePeak, ResidentBytes());
        return Math.Max(stagePeak, Interlocked.Read(ref _stagePeak));
    }

    private void Sample()
    {
        var now = ResidentBytes();
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
        while (now > (seen = Interlocked.Read(ref _stagePeak)) && Interlocked.CompareExchange(ref _stagePeak, now, seen) != seen)
        {
        }
    }

    private static long Field(string name)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return 0;
        }
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }
}
