using Zhongyuan.Crypto;

namespace Zhongyuan.Tests.Crypto;

public sealed class Sm3LanesTests
{
    [Theory, InlineData(8), InlineData(16)]
    public void Hash_EveryLengthAroundBlockBorders_SameAsScalar(int width)
    {
        // Body lengths 0…300 cover every padding case (0x80 and the length in the same or the next block) for 1–6 blocks.
        var random = new Random(20261130);
        var bodies = Enumerable.Range(0, 301).Select(n => { var b = new byte[n]; random.NextBytes(b); return b; }).ToArray();
        AssertSameAsScalar(bodies, random, width);
    }

    [Theory, InlineData(8), InlineData(16)]
    public void Hash_MixedLengthsAndPartialGroups_SameAsScalar(int width)
    {
        var random = new Random(7);
        for (var count = 1; count <= 35; count++)
        {
            var bodies = Enumerable.Range(0, count).Select(_ => { var b = new byte[random.Next(0, 2000)]; random.NextBytes(b); return b; }).ToArray();
            AssertSameAsScalar(bodies, random, width);
        }
    }

    [Fact]
    public void Hash_Range_WritesOnlyThatRange()
    {
        var random = new Random(3);
        var bodies = Enumerable.Range(0, 10).Select(n => new byte[n * 10]).ToArray();
        var (prefixes, joined, starts) = Layout(bodies, random);
        var hashes = new byte[bodies.Length * Sm3.HashSize];

        Sm3Lanes.Hash(prefixes, joined, starts, hashes, 3, 7);

        for (var i = 0; i < bodies.Length; i++)
        {
            var written = hashes.AsSpan(i * Sm3.HashSize, Sm3.HashSize).ToArray();
            Assert.Equal(i is >= 3 and < 7, written.Any(x => x != 0));
        }
    }

    private static void AssertSameAsScalar(byte[][] bodies, Random random, int width)
    {
        var (prefixes, joined, starts) = Layout(bodies, random);
        var hashes = new byte[bodies.Length * Sm3.HashSize];

        Sm3Lanes.Hash(width, prefixes, joined, starts, hashes, 0, bodies.Length);

        for (var i = 0; i < bodies.Length; i++)
        {
            var expected = Sm3.Hash([.. prefixes.AsSpan(i * Sm3.HashSize, Sm3.HashSize), .. bodies[i]]);
            Assert.Equal(Convert.ToHexStringLower(expected), Convert.ToHexStringLower(hashes.AsSpan(i * Sm3.HashSize, Sm3.HashSize)));
        }
    }

    private static (byte[] Prefixes, byte[] Bodies, int[] Starts) Layout(byte[][] bodies, Random random)
    {
        var prefixes = new byte[bodies.Length * Sm3.HashSize];
        random.NextBytes(prefixes);
        var starts = new int[bodies.Length + 1];
        for (var i = 0; i < bodies.Length; i++)
        {
            starts[i + 1] = starts[i] + bodies[i].Length;
        }
        return (prefixes, [.. bodies.SelectMany(b => b)], starts);
    }
}
