namespace Zhongyuan.Ingest.Export;

/// <summary>The character encoding of a CSV export.</summary>
public enum CsvEncoding
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    Utf8,

    /// <summary>UTF-8 with a byte order mark, so Excel opens Chinese text correctly.</summary>
    Utf8Bom,

    /// <summary>GB18030 (code page 54936), for older Chinese software.</summary>
    Gb18030,
}
