using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Conversion;

/// <summary>
/// The stable codes of why a value was rejected during conversion (the <c>reason</c> column of
/// <see cref="ConversionSql.SelectRejects"/>), with the messages users read.
/// </summary>
public static class RejectReason
{
    /// <summary>Text longer than the item's length (counted in Unicode code points).</summary>
    public const string TooLong = "too_long";

    /// <summary>Not a whole number, or outside the 64-bit range.</summary>
    public const string NotInteger = "not_integer";

    /// <summary>Not a decimal number, or more than 28 digits before the point.</summary>
    public const string NotDecimal = "not_decimal";

    /// <summary>Not a date in a recognised format, or not a real calendar date (2017-02-30).</summary>
    public const string NotDate = "not_date";

    /// <summary>A date or timestamp before 1800-01-01 or after 2200-12-31 (almost always a typo).</summary>
    public const string DateOutOfRange = "date_out_of_range";

    /// <summary>Not a date and time in a recognised format.</summary>
    public const string NotTimestamp = "not_timestamp";

    /// <summary>Not one of the recognised true/false words.</summary>
    public const string NotBoolean = "not_boolean";

    /// <summary>Not valid base64 text.</summary>
    public const string NotBase64 = "not_base64";

    private static readonly Dictionary<string, LocalizedText> Messages = new(StringComparer.Ordinal)
    {
        [TooLong] = new("文本超过信息项规定的长度", "The text is longer than the item's length."),
        [NotInteger] = new("无法识别的整数（支持 1234、1,234、１２３４；不支持小数和百分数）",
            "Not an integer (accepted: 1234, 1,234, full-width digits; no fractions or percentages)."),
        [NotDecimal] = new("无法识别的数值（支持 1234.5、1,234.5、1.5E3；不支持百分数和单位）",
            "Not a decimal number (accepted: 1234.5, 1,234.5, 1.5E3; no percentages or units)."),
        [NotDate] = new("无法识别的日期（支持 2017-04-08、2017/4/8、2017.4.8、2017年4月8日、20170408）",
            "Not a date (accepted: 2017-04-08, 2017/4/8, 2017.4.8, 2017年4月8日, 20170408)."),
        [DateOutOfRange] = new("日期超出合理范围（1800-01-01 至 2200-12-31）", "The date is outside 1800-01-01 to 2200-12-31."),
        [NotTimestamp] = new("无法识别的日期时间（支持 2017-04-08 13:05:01、2017-04-08T13:05、2017年4月8日 13时5分、带时区的 ISO 8601）",
            "Not a date and time (accepted: 2017-04-08 13:05:01, 2017-04-08T13:05, 2017年4月8日 13时5分, ISO 8601 with an offset)."),
        [NotBoolean] = new("无法识别的布尔值（支持 是/否、真/假、true/false、t/f、yes/no、y/n、1/0）",
            "Not a boolean (accepted: 是/否, 真/假, true/false, t/f, yes/no, y/n, 1/0)."),
        [NotBase64] = new("不是有效的 Base64 编码", "Not valid base64 text."),
    };

    /// <summary>Every reason code.</summary>
    public static IReadOnlyCollection<string> All => Messages.Keys;

    /// <summary>The message for a reason code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not one of this class's constants.</exception>
    public static LocalizedText Message(string code) =>
        Messages.TryGetValue(code, out var text) ? text : throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown reject reason.");
}
