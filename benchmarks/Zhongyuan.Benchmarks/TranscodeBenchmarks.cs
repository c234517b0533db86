using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Zhongyuan.Ingest.Text;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// GB18030 → UTF-8 of a realistic 50 MB in-memory CSV (person records, about 30 % of the characters Chinese):
/// the stock decoder (<see cref="Encoding.Convert(Encoding, Encoding, byte[])"/>, and a StreamReader/StreamWriter
/// pipe) against <see cref="Utf8Transcoder"/>. Run with <c>-- transcode</c>; MB/s = 50 MB / mean.
/// </summary>
[MemoryDiagnoser]
public class TranscodeBenchmarks
{
    private static readonly Encoding Gb = GetGb18030();
    private byte[] _gb = [];
    private MemoryStream _output = new();

    /// <summary>The size of the generated file in bytes.</summary>
    public static int Size => 50 * 1024 * 1024;

    [GlobalSetup]
    public void Setup()
    {
        _gb = Gb.GetBytes(Csv(Size));
        _output = new MemoryStream(_gb.Length * 2);
        Console.WriteLine($"// input {_gb.Length:N0} bytes, {ChineseShare(Gb.GetString(_gb)):P1} Chinese characters");
    }

    [Benchmark(Baseline = true)]
    public int StockEncodingConvert() => Encoding.Convert(Gb, Encoding.UTF8, _gb).Length;

    [Benchmark]
    public async Task<long> StockStreamReader()
    {
        _output.SetLength(0);
        using var reader = new StreamReader(new MemoryStream(_gb), Gb, false, 1 << 20);
        await using var writer = new StreamWriter(_output, new UTF8Encoding(false), 1 << 20, leaveOpen: true);
        var buffer = new char[1 << 20];
        int n;
        while ((n = await reader.ReadAsync(buffer)) > 0)
        {
            await writer.WriteAsync(buffer.AsMemory(0, n));
        }
        await writer.FlushAsync();
        return _output.Length;
    }

    [Benchmark]
    public async Task<long> Transcoder()
    {
        _output.SetLength(0);
        return await Utf8Transcoder.TranscodeAsync(new MemoryStream(_gb), _output, new DetectedText(TextEncodingKind.Gb18030, 0), null, CancellationToken.None);
    }

    /// <summary>A CSV of person records of about <paramref name="size"/> bytes in GB18030, deterministic.</summary>
    public static string Csv(int size)
    {
        var random = new Random(42);
        const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐";
        const string Given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英";
        string[] cities = ["河南省郑州市金水区", "河南省洛阳市涧西区", "河南省开封市鼓楼区", "河南省南阳市卧龙区", "河南省新乡市红旗区", "河南省安阳市文峰区"];
        string[] employers = ["郑州市市场监督管理局", "洛阳市人力资源和社会保障局", "河南省农村信用社", "开封市第一人民医院", "南阳市教育局", "个体经营"];
        var text = new StringBuilder(size);
        text.Append("序号,姓名,民族,公民身份号码,联系电话,住址,工作单位,登记日期,金额,状态\n");
        for (var row = 1; text.Length * 1.33 < size; row++)
        {
            text.Append(row).Append(',')
                .Append(Surnames[random.Next(Surnames.Length)]).Append(Given[random.Next(Given.Length)]).Append(Given[random.Next(Given.Length)]).Append(',')
                .Append(random.Next(20) == 0 ? "回族" : "汉族").Append(',')
                .Append("4101").Append(random.Next(10, 99)).Append(random.Next(1950, 2010)).Append(random.Next(1000_0000, 1231_9999).ToString(CultureInfo.InvariantCulture)[..4]).Append(random.Next(1000, 9999)).Append(',')
                .Append("13").Append(random.Next(100_000_000, 999_999_999)).Append(',')
                .Append(cities[random.Next(cities.Length)]).Append(random.Next(1, 300)).Append("号,")
                .Append(employers[random.Next(employers.Length)]).Append(',')
                .Append(2015 + random.Next(10)).Append('-').Append(random.Next(10, 13)).Append('-').Append(random.Next(10, 29)).Append(',')
                .Append(random.Next(0, 100_000)).Append('.').Append(random.Next(10, 99)).Append(',')
                .Append(random.Next(4) == 0 ? "注销" : "正常").Append('\n');
        }
        return text.ToString();
    }

    private static double ChineseShare(string text) => text.Count(c => c >= 0x4E00 && c <= 0x9FFF) / (double)text.Length;

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }
}
