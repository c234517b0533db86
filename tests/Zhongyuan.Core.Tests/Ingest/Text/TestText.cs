using System.Text;

namespace Zhongyuan.Tests.Ingest.Text;

/// <summary>GB18030 for tests, from the stock encoder.</summary>
internal static class TestText
{
    static TestText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb => Encoding.GetEncoding(54936);

    public static byte[] Gb18030(string text) => Gb.GetBytes(text);
}
