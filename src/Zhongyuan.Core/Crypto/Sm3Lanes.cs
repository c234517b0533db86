using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Zhongyuan.Crypto;

/// <summary>
/// SM3 (GB/T 32905-2016) of many independent messages at once, one message per 32-bit lane of a SIMD register
/// (sixteen with AVX-512, eight with AVX2): the message expansion and the 64 rounds run on all lanes together. Used where a
/// large number of short messages is hashed in bulk — verifying the audit chain, where each event's hash depends only
/// on stored bytes. Each message is a 32-byte prefix followed by a body (the audit chain's "previous hash ‖ canonical
/// event"). Results equal <see cref="Sm3.Hash(ReadOnlySpan{byte})"/> of the concatenation (tested against BouncyCastle).
/// Without hardware SIMD, callers use the scalar <see cref="Sm3Hasher"/> instead (<see cref="IsAccelerated"/>).
/// </summary>
public static class Sm3Lanes
{
    private const int PrefixSize = Sm3.HashSize;

    private static readonly uint[] Iv =
    [
        0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e,
    ];

    // T_j rotated left by j mod 32, precomputed for the 64 rounds.
    private static readonly uint[] RoundConstants = [.. Enumerable.Range(0, 64).Select(j => uint.RotateLeft(j < 16 ? 0x79cc4519u : 0x7a879d8au, j % 32))];

    /// <summary>Whether 256-bit vectors run in hardware here (else this is slower than the scalar hash).</summary>
    public static bool IsAccelerated => Vector256.IsHardwareAccelerated;

    /// <summary>How many messages one register carries here: 16 with 512-bit vectors in hardware, else 8.</summary>
    public static int Width => Vector512.IsHardwareAccelerated ? 16 : 8;

    /// <summary>
    /// Hashes messages <paramref name="from"/>…<paramref name="to"/>−1: message i is the 32 bytes at
    /// <c>prefixes[32i…]</c> followed by <c>bodies[starts[i]…starts[i+1]]</c>; its hash goes to <c>hashes[32i…]</c>.
    /// </summary>
    public static void Hash(ReadOnlySpan<byte> prefixes, ReadOnlySpan<byte> bodies, ReadOnlySpan<int> starts, Span<byte> hashes, int from, int to) =>
        Hash(Width, prefixes, bodies, starts, hashes, from, to);

    /// <summary><see cref="Hash(ReadOnlySpan{byte}, ReadOnlySpan{byte}, ReadOnlySpan{int}, Span{byte}, int, int)"/> with a chosen register width (16 or 8), for tests.</summary>
    internal static void Hash(int width, ReadOnlySpan<byte> prefixes, ReadOnlySpan<byte> bodies, ReadOnlySpan<int> starts, Span<byte> hashes, int from, int to)
    {
        if (width == 16)
        {
            Hash<Vector512<uint>, Lanes512>(prefixes, bodies, starts, hashes, from, to);
        }
        else
        {
            Hash<Vector256<uint>, Lanes256>(prefixes, bodies, starts, hashes, from, to);
        }
    }

    private static void Hash<TV, TL>(ReadOnlySpan<byte> prefixes, ReadOnlySpan<byte> bodies, ReadOnlySpan<int> starts, Span<byte> hashes, int from, int to)
        where TV : struct
        where TL : struct, ILanes<TV>
    {
        var lanes = TL.Count;
        Span<uint> words = stackalloc uint[16 * 16];
        Span<uint> mask = stackalloc uint[16];
        Span<byte> block = stackalloc byte[64];
        Span<int> blocks = stackalloc int[16];
        Span<uint> state = stackalloc uint[8 * 16];
        var v = new TV[8];
        var schedule = new TV[68];
        for (var group = from; group < to; group += lanes)
        {
            var count = Math.Min(lanes, to - group);
            var most = 0;
            for (var lane = 0; lane < lanes; lane++)
            {
                var length = lane < count ? PrefixSize + starts[group + lane + 1] - starts[group + lane] : 0;
                blocks[lane] = lane < count ? (length + 8) / 64 + 1 : 0;
                most = Math.Max(most, blocks[lane]);
            }

            for (var k = 0; k < 8; k++)
            {
                v[k] = TL.Broadcast(Iv[k]);
            }
            for (var b = 0; b < most; b++)
            {
                for (var lane = 0; lane < lanes; lane++)
                {
                    if (b < blocks[lane])
                    {
                        var i = group + lane;
                        FillBlock(prefixes.Slice(i * PrefixSize, PrefixSize), bodies[starts[i]..starts[i + 1]], b, block);
                        mask[lane] = uint.MaxValue;
                    }
                    else
                    {
                        block.Clear();
                        mask[lane] = 0;
                    }
                    for (var j = 0; j < 16; j++)
                    {
                        words[(j * lanes) + lane] = BinaryPrimitives.ReadUInt32BigEndian(block[(j * 4)..]);
                    }
                }
                Compress<TV, TL>(v, schedule, words, TL.Load(mask));
            }

            for (var k = 0; k < 8; k++)
            {
                TL.Store(v[k], state[(k * lanes)..]);
            }
            for (var lane = 0; lane < count; lane++)
            {
                var output = hashes.Slice((group + lane) * Sm3.HashSize, Sm3.HashSize);
                for (var k = 0; k < 8; k++)
                {
                    BinaryPrimitives.WriteUInt32BigEndian(output[(k * 4)..], state[(k * lanes) + lane]);
                }
            }
        }
    }

    /// <summary>Writes block <paramref name="index"/> of the padded message prefix ‖ body (0x80, zeros, bit length).</summary>
    private static void FillBlock(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body, int index, Span<byte> block)
    {
        var length = prefix.Length + body.Length;
        var start = index * 64;
        if (start >= prefix.Length && start + 64 <= length)
        {
            body.Slice(start - prefix.Length, 64).CopyTo(block);
            return;
        }
        block.Clear();
        if (start < prefix.Length)
        {
            prefix[start..Math.Min(prefix.Length, start + 64)].CopyTo(block);
        }
        var bodyFrom = Math.Max(start - prefix.Length, 0);
        var bodyTo = Math.Min(start + 64 - prefix.Length, body.Length);
        if (bodyTo > bodyFrom)
        {
            body[bodyFrom..bodyTo].CopyTo(block[(prefix.Length + bodyFrom - start)..]);
        }
        if (length >= start && length < start + 64)
        {
            block[length - start] = 0x80;
        }
        if (index == (length + 8) / 64)
        {
            BinaryPrimitives.WriteInt64BigEndian(block[56..], length * 8L);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV P0<TV, TL>(TV x)
        where TV : struct
        where TL : struct, ILanes<TV> => TL.Xor(TL.Xor(x, TL.Rol(x, 9)), TL.Rol(x, 17));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV P1<TV, TL>(TV x)
        where TV : struct
        where TL : struct, ILanes<TV> => TL.Xor(TL.Xor(x, TL.Rol(x, 15)), TL.Rol(x, 23));

    /// <summary>One compression of a register's blocks into its states; lanes outside <paramref name="active"/> keep theirs.</summary>
    private static void Compress<TV, TL>(TV[] v, TV[] w, ReadOnlySpan<uint> words, TV active)
        where TV : struct
        where TL : struct, ILanes<TV>
    {
        for (var j = 0; j < 16; j++)
        {
            w[j] = TL.Load(words.Slice(j * TL.Count, TL.Count));
        }
        for (var j = 16; j < 68; j++)
        {
            w[j] = TL.Xor(TL.Xor(P1<TV, TL>(TL.Xor(TL.Xor(w[j - 16], w[j - 9]), TL.Rol(w[j - 3], 15))), TL.Rol(w[j - 13], 7)), w[j - 6]);
        }

        var (a, b, c, d, e, f, g, h) = (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
        for (var j = 0; j < 64; j++)
        {
            var a12 = TL.Rol(a, 12);
            var ss1 = TL.Rol(TL.Add(TL.Add(a12, e), TL.Broadcast(RoundConstants[j])), 7);
            var ss2 = TL.Xor(ss1, a12);
            var ff = j < 16 ? TL.Xor(TL.Xor(a, b), c) : TL.Or(TL.Or(TL.And(a, b), TL.And(a, c)), TL.And(b, c));
            var gg = j < 16 ? TL.Xor(TL.Xor(e, f), g) : TL.Or(TL.And(e, f), TL.AndNot(e, g));
            var tt1 = TL.Add(TL.Add(TL.Add(ff, d), ss2), TL.Xor(w[j], w[j + 4]));
            var tt2 = TL.Add(TL.Add(TL.Add(gg, h), ss1), w[j]);
            (d, c, b, a) = (c, TL.Rol(b, 9), a, tt1);
            (h, g, f, e) = (g, TL.Rol(f, 19), e, P0<TV, TL>(tt2));
        }

        v[0] = TL.Select(active, TL.Xor(v[0], a), v[0]);
        v[1] = TL.Select(active, TL.Xor(v[1], b), v[1]);
        v[2] = TL.Select(active, TL.Xor(v[2], c), v[2]);
        v[3] = TL.Select(active, TL.Xor(v[3], d), v[3]);
        v[4] = TL.Select(active, TL.Xor(v[4], e), v[4]);
        v[5] = TL.Select(active, TL.Xor(v[5], f), v[5]);
        v[6] = TL.Select(active, TL.Xor(v[6], g), v[6]);
        v[7] = TL.Select(active, TL.Xor(v[7], h), v[7]);
    }

    /// <summary>The operations SM3 needs on a register of 32-bit lanes; implemented once per register width.</summary>
    private interface ILanes<TV>
        where TV : struct
    {
        static abstract int Count { get; }

        static abstract TV Broadcast(uint value);

        static abstract TV Load(ReadOnlySpan<uint> values);

        static abstract void Store(TV value, Span<uint> target);

        static abstract TV Add(TV x, TV y);

        static abstract TV Xor(TV x, TV y);

        static abstract TV And(TV x, TV y);

        static abstract TV Or(TV x, TV y);

        /// <summary>(~x) &amp; y.</summary>
        static abstract TV AndNot(TV x, TV y);

        static abstract TV Rol(TV x, int n);

        static abstract TV Select(TV mask, TV ifSet, TV ifClear);
    }

    private readonly struct Lanes256 : ILanes<Vector256<uint>>
    {
        public static int Count => 8;

        public static Vector256<uint> Broadcast(uint value) => Vector256.Create(value);

        public static Vector256<uint> Load(ReadOnlySpan<uint> values) => Vector256.Create(values);

        public static void Store(Vector256<uint> value, Span<uint> target) => value.CopyTo(target);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> Add(Vector256<uint> x, Vector256<uint> y) => x + y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> Xor(Vector256<uint> x, Vector256<uint> y) => x ^ y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> And(Vector256<uint> x, Vector256<uint> y) => x & y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> Or(Vector256<uint> x, Vector256<uint> y) => x | y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> AndNot(Vector256<uint> x, Vector256<uint> y) => Vector256.AndNot(y, x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> Rol(Vector256<uint> x, int n) => Vector256.ShiftLeft(x, n) | Vector256.ShiftRightLogical(x, 32 - n);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector256<uint> Select(Vector256<uint> mask, Vector256<uint> ifSet, Vector256<uint> ifClear) =>
            Vector256.ConditionalSelect(mask, ifSet, ifClear);
    }

    private readonly struct Lanes512 : ILanes<Vector512<uint>>
    {
        public static int Count => 16;

        public static Vector512<uint> Broadcast(uint value) => Vector512.Create(value);

        public static Vector512<uint> Load(ReadOnlySpan<uint> values) => Vector512.Create(values);

        public static void Store(Vector512<uint> value, Span<uint> target) => value.CopyTo(target);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> Add(Vector512<uint> x, Vector512<uint> y) => x + y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> Xor(Vector512<uint> x, Vector512<uint> y) => x ^ y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> And(Vector512<uint> x, Vector512<uint> y) => x & y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> Or(Vector512<uint> x, Vector512<uint> y) => x | y;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> AndNot(Vector512<uint> x, Vector512<uint> y) => Vector512.AndNot(y, x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> Rol(Vector512<uint> x, int n) => Vector512.ShiftLeft(x, n) | Vector512.ShiftRightLogical(x, 32 - n);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<uint> Select(Vector512<uint> mask, Vector512<uint> ifSet, Vector512<uint> ifClear) =>
            Vector512.ConditionalSelect(mask, ifSet, ifClear);
    }
}
