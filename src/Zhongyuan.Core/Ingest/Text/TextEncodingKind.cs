namespace Zhongyuan.Ingest.Text;

/// <summary>The text encodings an uploaded file is recognised in.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8 without a byte order mark (pure ASCII is reported as this too).</summary>
    Utf8,

    /// <summary>UTF-8 starting with the byte order mark EF BB BF (as Excel writes "CSV UTF-8").</summary>
    Utf8Bom,

    /// <summary>GB18030 (code page 54936), a superset of GBK and GB2312: what Chinese Windows and Excel write as "CSV".</summary>
    Gb18030,

    /// <summary>UTF-16 little endian, with or without the byte order mark FF FE.</summary>
    Utf16LE,

    /// <summary>UTF-16 big endian, with or without the byte order mark FE FF.</summary>
    Utf16BE,
}
