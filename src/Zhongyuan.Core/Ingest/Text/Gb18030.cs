using System.Text;

namespace Zhongyuan.Ingest.Text;

/// <summary>The GB18030 encoding (code page 54936), which needs the code-pages provider registered once.</summary>
internal static class Gb18030
{
    /// <summary>The code page number of GB18030.</summary>
    public const int CodePage = 54936;

    static Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Strict = Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>GB18030 throwing <see cref="DecoderFallbackException"/> on invalid bytes.</summary>
    public static Encoding Strict { get; }
}
