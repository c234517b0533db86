using System.Text;
using Zhongyuan.Ingest.Text;

namespace Zhongyuan.Tests.Ingest.Text;

public sealed class Utf8TranscoderTests
{
    // 𠀀 (U+20000) and 㐀 (U+3400) are four-byte sequences in GB18030; the rest are two-byte or ASCII.
    private const string Text = "序号,姓名,备注\n1,张三,𠀀字与㐀字\n2,李四,欧元€ and ASCII ~ text\n3,王五,河南省郑州市金水区\n";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(Utf8Transcoder.DefaultBufferSize)]
    public async Task TranscodeAsync_Gb18030WithChunksCuttingSequences_RoundTrips(int bufferSize)
    {
        var (text, written) = await Transcode(TestText.Gb18030(Text), new DetectedText(TextEncodingKind.Gb18030, 0), bufferSize);
        Assert.Equal(Text, text);
        Assert.Equal(Encoding.UTF8.GetByteCount(Text), written);
    }

    [Fact]
    public async Task TranscodeAsync_ChunkEndsInsideTwoAndFourByteSequences_RoundTrips()
    {
        var bytes = TestText.Gb18030("ab中𠀀");
        Assert.Equal(8, bytes.Length);
        // Chunks of 3 cut 中 (bytes 2-3) after its lead byte, and 𠀀 (bytes 4-7) after its second byte.
        var (text, _) = await Transcode(bytes, new DetectedText(TextEncodingKind.Gb18030, 0), 3);
        Assert.Equal("ab中𠀀", text);
    }

    [Fact]
    public async Task TranscodeAsync_Gb18030FileSwitchingToUtf8Midway_ThrowsWithOffset()
    {
        var gb = TestText.Gb18030("姓名,住址\n张三,郑州\n");
        // A UTF-8 run of whole pairs can pass as GB18030; one character (3 bytes) before a comma cannot.
        var utf8 = Encoding.UTF8.GetBytes("李,洛阳\n");
        var e = await Assert.ThrowsAsync<TextDecodingException>(() =>
            Transcode([.. gb, .. utf8], new DetectedText(TextEncodingKind.Gb18030, 0), 4));
        // 李 in UTF-8 is E6 9D 8E: E6 9D is a valid GB18030 pair, 8E 2C (comma) is not.
        Assert.Equal(gb.Length + 2, e.ByteOffset);
        Assert.Equal("encoding_mixed", e.Code);
        Assert.StartsWith($"文件第 {gb.Length + 3} 字节处的内容不是 GB18030 编码，文件可能混用了多种编码", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscodeAsync_Gb18030EndingInsideSequence_Throws()
    {
        var bytes = TestText.Gb18030("a,中");
        var e = await Assert.ThrowsAsync<TextDecodingException>(() =>
            Transcode(bytes[..^1], new DetectedText(TextEncodingKind.Gb18030, 0), 64));
        Assert.Equal(2, e.ByteOffset);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(1024)]
    public async Task TranscodeAsync_InvalidUtf8Midway_ThrowsWithOffset(int bufferSize)
    {
        var head = Encoding.UTF8.GetBytes("姓名,住址\n张三,郑州\n");
        byte[] bytes = [.. head, .. TestText.Gb18030("李四"), .. "\n"u8];
        var e = await Assert.ThrowsAsync<TextDecodingException>(() => Transcode(bytes, new DetectedText(TextEncodingKind.Utf8, 0), bufferSize));
        Assert.Equal(head.Length, e.ByteOffset);
        Assert.Contains("UTF-8", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranscodeAsync_Utf8Bom_SkipsBomAndCopies()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)];
        var (text, written) = await Transcode(bytes, new DetectedText(TextEncodingKind.Utf8Bom, 3), 5);
        Assert.Equal(Text, text);
        Assert.Equal(bytes.Length - 3, written);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 3)]
    [InlineData(false, 4096)]
    [InlineData(true, 4096)]
    public async Task TranscodeAsync_Utf16WithBom_RoundTrips(bool bigEndian, int bufferSize)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];
        var kind = bigEndian ? TextEncodingKind.Utf16BE : TextEncodingKind.Utf16LE;
        var (text, _) = await Transcode(bytes, new DetectedText(kind, 2), bufferSize);
        Assert.Equal(Text, text);
    }

    [Fact]
    public async Task TranscodeAsync_Utf16LoneSurrogate_Throws()
    {
        byte[] bytes = [(byte)'a', 0, 0x00, 0xD8, (byte)'b', 0];
        await Assert.ThrowsAsync<TextDecodingException>(() => Transcode(bytes, new DetectedText(TextEncodingKind.Utf16LE, 0), 64));
    }

    [Fact]
    public async Task TranscodeAsync_Progress_ReportsAllBytesRead()
    {
        var bytes = TestText.Gb18030(Text);
        var reports = new List<long>();
        await Utf8Transcoder.TranscodeAsync(new MemoryStream(bytes), new MemoryStream(), new DetectedText(TextEncodingKind.Gb18030, 0),
            new SyncProgress(reports), 16, CancellationToken.None);
        Assert.Equal(bytes.Length, reports[^1]);
    }

    [Fact]
    public async Task TranscodeAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Utf8Transcoder.TranscodeAsync(
            new MemoryStream(TestText.Gb18030(Text)), new MemoryStream(), new DetectedText(TextEncodingKind.Gb18030, 0), null, cts.Token));
    }

    private static async Task<(string Text, long Written)> Transcode(byte[] input, DetectedText encoding, int bufferSize)
    {
        var output = new MemoryStream();
        var written = await Utf8Transcoder.TranscodeAsync(new MemoryStream(input), output, encoding, null, bufferSize, CancellationToken.None);
        return (new UTF8Encoding(false, true).GetString(output.ToArray()), written);
    }

    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
