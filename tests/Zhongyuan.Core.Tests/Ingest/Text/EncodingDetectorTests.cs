using System.Text;
using Zhongyuan.Ingest.Sources;
using Zhongyuan.Ingest.Text;

namespace Zhongyuan.Tests.Ingest.Text;

public sealed class EncodingDetectorTests
{
    private const string Csv = "姓名,公民身份号码,住址\n张三,410102199001011234,河南省郑州市金水区\n李四,410102199202021234,洛阳市涧西区\n";

    [Fact]
    public void Detect_Ascii_IsUtf8()
    {
        Assert.Equal(new DetectedText(TextEncodingKind.Utf8, 0), EncodingDetector.Detect("a,b\n1,2\n"u8, isWholeFile: true));
    }

    [Fact]
    public void Detect_Utf8Chinese_IsUtf8()
    {
        Assert.Equal(TextEncodingKind.Utf8, EncodingDetector.Detect(Encoding.UTF8.GetBytes(Csv), true).Kind);
    }

    [Fact]
    public void Detect_Utf8Bom_ReportsBomLength()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv)).ToArray();
        Assert.Equal(new DetectedText(TextEncodingKind.Utf8Bom, 3), EncodingDetector.Detect(bytes, true));
    }

    [Fact]
    public void Detect_Gb18030_IsGb18030()
    {
        Assert.Equal(new DetectedText(TextEncodingKind.Gb18030, 0), EncodingDetector.Detect(TestText.Gb18030(Csv), true));
    }

    [Theory]
    [InlineData(false, true, TextEncodingKind.Utf16LE, 2)]
    [InlineData(true, true, TextEncodingKind.Utf16BE, 2)]
    [InlineData(false, false, TextEncodingKind.Utf16LE, 0)]
    [InlineData(true, false, TextEncodingKind.Utf16BE, 0)]
    public void Detect_Utf16_RecognisesByteOrder(bool bigEndian, bool bom, TextEncodingKind expected, int bomLength)
    {
        var encoding = new UnicodeEncoding(bigEndian, bom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Csv)).ToArray();
        Assert.Equal(new DetectedText(expected, bomLength), EncodingDetector.Detect(bytes, true));
    }

    [Fact]
    public void Detect_SampleCutInsideUtf8Character_IsStillUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv);
        var cut = Encoding.UTF8.GetByteCount("姓名,公民身份号码,住址\n张") - 1;
        Assert.Equal(TextEncodingKind.Utf8, EncodingDetector.Detect(bytes.AsSpan(0, cut), isWholeFile: false).Kind);
    }

    [Fact]
    public void Detect_SampleCutInsideGb18030Character_IsStillGb18030()
    {
        var bytes = TestText.Gb18030(Csv);
        Assert.Equal(TextEncodingKind.Gb18030, EncodingDetector.Detect(bytes.AsSpan(0, bytes.Length - 2), isWholeFile: false).Kind);
    }

    [Fact]
    public void TryDetect_WholeFileEndingInsideUtf8Character_IsNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n中");
        Assert.True(EncodingDetector.TryDetect(bytes.AsSpan(0, bytes.Length - 1), true, out var detected, out _));
        Assert.NotEqual(TextEncodingKind.Utf8, detected.Kind);
    }

    [Fact]
    public void TryDetect_PngHeaderWithNuls_FailsAsNotText()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        Assert.False(EncodingDetector.TryDetect(png, true, out _, out var failure));
        Assert.Equal("not_text", failure.Code);
        Assert.Equal("不是文本文件（可能是二进制文件）。请上传 CSV、TSV、Excel（.xlsx）、JSON 或 Parquet 文件。", failure.Message.Zh);
    }

    [Fact]
    public void Detect_ManyControlCharacters_ThrowsNotText()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        var e = Assert.Throws<SourceFileException>(() => EncodingDetector.Detect(bytes, true));
        Assert.Equal("not_text", e.Code);
    }
}
