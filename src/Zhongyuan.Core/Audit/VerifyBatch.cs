using Zhongyuan.Crypto;

namespace Zhongyuan.Audit;

/// <summary>A block of stored events for the verifier: seqs, stored links and hashes, and canonical bytes side by side.</summary>
internal sealed class VerifyBatch
{
    public const int Capacity = 4096;

    public long[] Seq { get; } = new long[Capacity];
    public byte[] Prev { get; } = new byte[Capacity * Sm3.HashSize];
    public byte[] Hash { get; } = new byte[Capacity * Sm3.HashSize];
    public int[] Start { get; } = new int[Capacity + 1];
    public bool[] ContentOk { get; } = new bool[Capacity];

    /// <summary>The hashes computed from the content, when <see cref="Sm3Lanes"/> computes them eight at a time.</summary>
    private byte[] Computed { get; } = new byte[Capacity * Sm3.HashSize];
    public CanonicalBuffer Canonical { get; } = new(Capacity * 256);
    public int Count { get; set; }

    public bool IsFull => Count == Capacity;

    public void Clear()
    {
        Count = 0;
        Canonical.Clear();
    }

    public Span<byte> PrevOf(int i) => Prev.AsSpan(i * Sm3.HashSize, Sm3.HashSize);

    public Span<byte> HashOf(int i) => Hash.AsSpan(i * Sm3.HashSize, Sm3.HashSize);

    public ReadOnlySpan<byte> CanonicalOf(int i) => Canonical.Array.AsSpan(Start[i], Start[i + 1] - Start[i]);

    /// <summary>Begins row <see cref="Count"/>: records its seq and where its canonical bytes start, writes the magic.</summary>
    public void BeginRow(long seq)
    {
        Seq[Count] = seq;
        Start[Count] = Canonical.Length;
        Canonical.Append(AuditCanonical.Magic);
    }

    /// <summary>Ends the row begun last, with its stored links (copied; a wrong length leaves zeros, which never match).</summary>
    public void EndRow(ReadOnlySpan<byte> prev, ReadOnlySpan<byte> hash)
    {
        Copy(prev, PrevOf(Count));
        Copy(hash, HashOf(Count));
        Count++;
        Start[Count] = Canonical.Length;
    }

    /// <summary>Checks every row's content against its stored hash, eight rows at a time where SIMD runs in hardware.</summary>
    public void CheckContent()
    {
        if (!Sm3Lanes.IsAccelerated)
        {
            CheckContent(Sm3.CreateHasher(), 0, Count);
            return;
        }
        Sm3Lanes.Hash(Prev, Canonical.Array, Start, Computed, 0, Count);
        for (var i = 0; i < Count; i++)
        {
            ContentOk[i] = Computed.AsSpan(i * Sm3.HashSize, Sm3.HashSize).SequenceEqual(HashOf(i));
        }
    }

    /// <summary>Checks every row's content against its stored hash: SM3(stored prev ‖ canonical) == stored hash.</summary>
    public void CheckContent(Sm3Hasher hasher, int from, int to)
    {
        Span<byte> computed = stackalloc byte[Sm3.HashSize];
        for (var i = from; i < to; i++)
        {
            hasher.Append(PrevOf(i));
            hasher.Append(CanonicalOf(i));
            hasher.GetHashAndReset(computed);
            ContentOk[i] = computed.SequenceEqual(HashOf(i));
        }
    }

    private static void Copy(ReadOnlySpan<byte> source, Span<byte> target)
    {
        target.Clear();
        if (source.Length == target.Length)
        {
            source.CopyTo(target);
        }
    }
}
