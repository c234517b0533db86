namespace Zhongyuan.Demo.Data;

/// <summary>
/// Picks an index with probability proportional to its weight in one draw: each index fills a share of a slot
/// table in proportion to its weight (largest remainder), so picking is a single array read.
/// </summary>
internal sealed class WeightedTable
{
    private readonly int[] _slots;

    /// <summary>Builds the table; every weight must be positive, and <paramref name="resolution"/> slots are shared out.</summary>
    public WeightedTable(IReadOnlyList<double> weights, int resolution = 8192)
    {
        var total = weights.Sum();
        var counts = weights.Select(w => Math.Max(1, (int)(w / total * resolution))).ToArray();
        _slots = new int[counts.Sum()];
        var next = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            Array.Fill(_slots, i, next, counts[i]);
            next += counts[i];
        }
    }

    /// <summary>Draws an index.</summary>
    public int Next(DemoRandom random) => _slots[random.Next(_slots.Length)];
}
