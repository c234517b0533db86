using System.Diagnostics;
using System.Globalization;

namespace Zhongyuan.Benchmarks;

/// <summary>Stopwatch timings and their percentiles.</summary>
internal static class Measure
{
    /// <summary>Runs an action <paramref name="times"/> times and returns each duration in milliseconds.</summary>
    public static async Task<List<double>> TimesAsync(int times, Func<Task> action)
    {
        var result = new List<double>(times);
        for (var i = 0; i < times; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            result.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return result;
    }

    /// <summary>The nearest-rank percentile (0–100) of durations.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>A number with a fixed count of decimals, invariant culture.</summary>
    public static string F(double value, int decimals = 2) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A whole number with thousands separators.</summary>
    public static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
