using System.Text;
using System.Text.Unicode;

namespace Zhongyuan.Ingest.Text;

/// <summary>
/// The UTF-8 bytes of every two-byte GB18030 sequence (lead 0x81–0xFE, trail 0x40–0xFE), taken once from the stock
/// decoder so the fast path agrees with it exactly. Two-byte sequences cover all of GBK: nearly every Chinese
/// character in real files.
/// </summary>
internal static class Gb18030PairTable
{
    private const int Trails = 0xFF - 0x40;

    // Entry: UTF-8 bytes in the low three bytes (first byte lowest), their count in the high byte; 0 = not in the
    // table (invalid, or not one BMP character), for the stock decoder to decide.
    private static readonly uint[] Entries = Build();

    /// <summary>The entry for a lead and trail byte, or 0 when the pair must go through the stock decoder.</summary>
    public static uint Lookup(byte lead, byte trail) =>
        lead is >= 0x81 and <= 0xFE && trail is >= 0x40 and <= 0xFE ? Entries[(lead - 0x81) * Trails + trail - 0x40] : 0;

    private static uint[] Build()
    {
        var entries = new uint[126 * Trails];
        Span<char> chars = stackalloc char[4];
        Span<byte> utf8 = stackalloc byte[4];
        for (var lead = 0x81; lead <= 0xFE; lead++)
        {
            for (var trail = 0x40; trail <= 0xFE; trail++)
            {
                if (trail != 0x7F && TryDecode((byte)lead, (byte)trail, chars, out var c) && !char.IsSurrogate(c))
                {
                    Utf8.FromUtf16([c], utf8, out _, out var length);
                    entries[(lead - 0x81) * Trails + trail - 0x40] = utf8[0] | (uint)utf8[1] << 8 | (uint)utf8[2] << 16 | (uint)length << 24;
                }
            }
        }
        return entries;
    }

    private static bool TryDecode(byte lead, byte trail, Span<char> chars, out char c)
    {
        c = '\0';
        try
        {
            if (Gb18030.Strict.GetChars([lead, trail], chars) != 1)
            {
                return false;
            }
            c = chars[0];
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
