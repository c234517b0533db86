using System.Text;
using Zhongyuan.Ingest.Sources;

namespace Zhongyuan.Tests.Ingest.Sources;

public sealed class SourceFormatDetectorTests
{
    [Theory]
    [InlineData("data.csv", "PK\u0003\u0004rest", SourceFormat.Xlsx)]
    [InlineData("upload.bin", "PAR1\u0015\u0004", SourceFormat.Parquet)]
    [InlineData("data.txt", "  \n[{\"a\": 1}]", SourceFormat.Json)]
    [InlineData("data.ndjson", "\uFEFF[{\"a\": 1}]", SourceFormat.Json)]
    [InlineData("data", "{\"a\": 1}\n{\"a\": 2}\n", SourceFormat.Ndjson)]
    [InlineData("data.json", "{\"a\": 1}\n{\"a\": 2}\n", SourceFormat.Ndjson)]
    [InlineData("data.json", "{\n  \"a\": 1\n}\n", SourceFormat.Json)]
    [InlineData("数据.CSV", "a,b\n1,2\n", SourceFormat.Csv)]
    [InlineData("data.tsv", "a,b\n1,2\n", SourceFormat.Tsv)]
    [InlineData("data.txt", "a\tb\n1\t2\n", SourceFormat.Tsv)]
    [InlineData("data.txt", "a,b\n1,2\n", SourceFormat.Csv)]
    [InlineData("data.jsonl", "", SourceFormat.Ndjson)]
    [InlineData("data.parquet", "x", SourceFormat.Parquet)]
    [InlineData("data.xlsx", "x", SourceFormat.Xlsx)]
    [InlineData("noextension", "姓名,年龄\n张三,30\n", SourceFormat.Csv)]
    public void Detect_MagicBytesThenExtensionThenText_ReturnsFormat(string fileName, string head, SourceFormat expected)
    {
        Assert.Equal(expected, SourceFormatDetector.Detect(fileName, Encoding.UTF8.GetBytes(head)));
    }

    [Fact]
    public void Detect_BinaryWithUnknownExtension_ReturnsNull()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        Assert.Null(SourceFormatDetector.Detect("image.png", png));
    }
}
