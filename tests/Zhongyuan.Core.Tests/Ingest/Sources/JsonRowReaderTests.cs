using System.Text;
using Zhongyuan.Ingest.Sources;

namespace Zhongyuan.Tests.Ingest.Sources;

public sealed class JsonRowReaderTests
{
    [Fact]
    public void Read_Array_UnionOfKeysInOrderOfFirstAppearance()
    {
        var sink = Read("""
            [
              {"姓名": "张三", "年龄": 30, "在册": true},
              {"姓名": "李四", "住址": {"市": "郑州", "区": ["金水"]}, "年龄": 1.50e3, "在册": null},
              {"电话": "138", "姓名": "王\u4e94"}
            ]
            """, ndjson: false);
        Assert.Equal(["姓名", "年龄", "在册", "住址", "电话"], sink.Columns);
        Assert.Equal(3, sink.Rows.Count);
        Assert.Equal("张三|30|true|∅|∅", sink.Text(0));
        Assert.Equal("李四|1.50e3|∅|{\"市\": \"郑州\", \"区\": [\"金水\"]}|∅", sink.Text(1));
        Assert.Equal("王五|∅|∅|∅|138", sink.Text(2));
    }

    [Fact]
    public void Read_ArrayLargerThanBuffer_ReadsEveryObject()
    {
        var text = new StringBuilder("\uFEFF[");
        for (var i = 0; i < 5000; i++)
        {
            text.Append(i == 0 ? "" : ",").Append("{\"id\":").Append(i).Append(",\"note\":\"").Append('长', i % 50).Append("\"}");
        }
        text.Append("]\n");
        var sink = Read(text.ToString(), ndjson: false);
        Assert.Equal(5000, sink.Rows.Count);
        Assert.Equal("4999|" + new string('长', 4999 % 50), sink.Text(4999));
    }

    [Fact]
    public void Read_SingleObjectLargerThanBuffer_Reads()
    {
        var big = new string('数', 100_000);
        var sink = Read($"[{{\"a\": \"{big}\"}}, {{\"a\": \"b\"}}]", ndjson: false);
        Assert.Equal(big, sink.Rows[0][0]);
        Assert.Equal("b", sink.Rows[1][0]);
    }

    [Theory]
    [InlineData("{\"姓名\": \"张三\"}")]
    [InlineData("\"text\"")]
    public void Read_NotAnArray_ThrowsClearError(string json)
    {
        var e = Assert.Throws<SourceFileException>(() => Read(json, ndjson: false));
        Assert.Equal("json_not_array", e.Code);
        Assert.StartsWith("JSON 文件应为对象数组", e.Text.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"a\": 1}, 2]", "json_not_object")]
    [InlineData("[{\"a\": 1},\n {\"a\": }]", "json_invalid")]
    [InlineData("[{\"a\": 1}", "json_invalid")]
    [InlineData("[{\"a\": 1}] x", "json_trailing")]
    [InlineData("  ", "json_empty")]
    [InlineData("[]", "json_no_columns")]
    public void Read_BadArray_ThrowsWithCode(string json, string code)
    {
        var e = Assert.Throws<SourceFileException>(() => Read(json, ndjson: false));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void Read_MalformedArray_ReportsLine()
    {
        var e = Assert.Throws<SourceFileException>(() => Read("[\n{\"a\": 1},\n{\"a\": 1,}\n]", ndjson: false));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Read_Ndjson_SkipsBlankLines()
    {
        var sink = Read("{\"a\": 1}\r\n\n  \n{\"b\": \"x\", \"a\": 2}\n{\"a\": [1, 2]}", ndjson: true);
        Assert.Equal(["a", "b"], sink.Columns);
        Assert.Equal(["1|∅", "2|x", "[1, 2]|∅"], sink.Rows.Select((_, i) => sink.Text(i)));
    }

    [Theory]
    [InlineData("{\"a\": 1}\n\n{\"a\": 2,}\n", 3)]
    [InlineData("{\"a\": 1}\n[1, 2]\n", 2)]
    [InlineData("{\"a\": 1} {\"a\": 2}\n", 1)]
    public void Read_NdjsonBadLine_ReportsLineNumber(string text, long line)
    {
        var e = Assert.Throws<SourceFileException>(() => Read(text, ndjson: true));
        Assert.Equal(line, e.Line);
        Assert.Contains($"第 {line} 行", e.Text.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonSeekableStream_Throws()
    {
        Assert.Throws<ArgumentException>(() => JsonRowReader.Read(new NonSeekable(), false, new RecordingSink(), null, CancellationToken.None));
    }

    private static RecordingSink Read(string json, bool ndjson)
    {
        var sink = new RecordingSink();
        var count = JsonRowReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), ndjson, sink, null, CancellationToken.None);
        Assert.Equal(sink.Rows.Count, count);
        return sink;
    }

    private sealed class NonSeekable : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
