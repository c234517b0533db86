namespace Zhongyuan.Demo.Data;

/// <summary>
/// A small, fast SplitMix64 generator. The demo data draws tens of values per row for up to ten million rows, so a
/// draw must cost a few nanoseconds; the sequence depends only on the seed and the stream name, never on the
/// runtime, so the same seed gives byte-identical files on every machine and .NET version.
/// </summary>
internal sealed class DemoRandom
{
    private ulong _state;

    /// <summary>Starts the stream <paramref name="stream"/> of <paramref name="seed"/>; each data set has its own stream.</summary>
    public DemoRandom(int seed, string stream)
    {
        // FNV-1a over the stream name: string.GetHashCode is randomised per process.
        var hash = 14695981039346656037UL;
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        _state = hash ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="max"/>); <paramref name="max"/> must be positive.</summary>
    public int Next(int max) => (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One element of <paramref name="items"/>, uniformly.</summary>
    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>A day in [<paramref name="from"/>, <paramref name="to"/>], uniformly; <paramref name="from"/> when the range is empty.</summary>
    public DateOnly Day(DateOnly from, DateOnly to) =>
        to.DayNumber <= from.DayNumber ? from : DateOnly.FromDayNumber(from.DayNumber + Next(to.DayNumber - from.DayNumber + 1));
}
