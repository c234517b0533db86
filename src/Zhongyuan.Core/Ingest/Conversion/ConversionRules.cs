using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Conversion;

/// <summary>The SQL conversion of each item type (see docs/ingest.md, "Binding and conversion").</summary>
internal static class ConversionRules
{
    // Digit groups of three split by ',' or ' ' (after full-width folding), or plain digits.
    private const string WholePart = "([0-9]{1,3}([, ][0-9]{3})+|[0-9]+)";

    // Spreadsheets write 12 as 12.0, so a zero fraction is still an integer.
    private const string IntegerPattern = "[+-]?" + WholePart + "(\\.0*)?";
    private const string DecimalPattern = "[+-]?(" + WholePart + "(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?";
    private const string EightDigits = "[0-9]{8}";

    // A time followed by Z or a numeric offset; a bare date never matches (2017-04-08 ends in "-08").
    private const string OffsetPattern = "[0-9]:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)$";

    // Values with an offset are stored as China Standard Time (UTC+8, no daylight saving since 1991),
    // the time zone every value without an offset is assumed to be in.
    private const string ChinaOffsetMicroseconds = "28800000000";

    private const string MinDate = "TIMESTAMP '1800-01-01'";
    private const string EndDate = "TIMESTAMP '2201-01-01'";

    private static readonly string[] DateParts = ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"];
    private static readonly string[] TimeParts =
    [
        "", " %H:%M:%S", " %H:%M", " %H:%M:%S.%f", "T%H:%M:%S", "T%H:%M", "T%H:%M:%S.%f",
        "%H时%M分", "%H时%M分%S秒", " %H时%M分", " %H时%M分%S秒",
    ];
    private static readonly string[] OffsetFormats =
    [
        "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%d %H:%M:%S.%f%z",
        "%Y-%m-%dT%H:%M%z", "%Y-%m-%d %H:%M%z",
    ];

    private static readonly string[] TrueWords = ["是", "真", "true", "t", "yes", "y", "1"];
    private static readonly string[] FalseWords = ["否", "假", "false", "f", "no", "n", "0"];

    /// <summary>The strptime formats tried, in order, for dates and timestamps without an offset (besides YYYYMMDD).</summary>
    public static IReadOnlyList<string> DateTimeFormats { get; } =
        TimeParts.SelectMany(time => DateParts.Select(date => date + time)).ToArray();

    /// <summary>The rule for <paramref name="type"/>; <paramref name="length"/> limits text items only.</summary>
    public static ConversionRule For(ItemDataType type, int? length) => type switch
    {
        ItemDataType.Text => Text(length),
        ItemDataType.Integer => new(Integer, p => p, RejectReason.NotInteger),
        ItemDataType.Decimal => new(Decimal, p => p, RejectReason.NotDecimal),
        ItemDataType.Date => new(Date, p => $"CAST({p} AS DATE)", RejectReason.NotDate, InDateRange, RejectReason.DateOutOfRange),
        ItemDataType.Timestamp => new(Timestamp, p => p, RejectReason.NotTimestamp, InDateRange, RejectReason.DateOutOfRange),
        ItemDataType.Boolean => new(Boolean, p => p, RejectReason.NotBoolean),
        ItemDataType.Binary => new(c => $"try(from_base64(regexp_replace({c}, '\\s+', '', 'g')))", p => p, RejectReason.NotBase64),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown item type."),
    };

    private static ConversionRule Text(int? length) => length is { } max
        ? new(c => c, p => p, RejectReason.TooLong, p => $"length({p}) <= {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}", RejectReason.TooLong)
        : new(c => c, p => p, RejectReason.TooLong);

    private static string Integer(string c) =>
        $"CASE WHEN regexp_full_match({c}, {SqlLiteral.Of(IntegerPattern)}) " +
        $"THEN try_cast(regexp_replace({c}, '[, ]|\\.0*$', '', 'g') AS {IngestColumn.DuckDbType(ItemDataType.Integer)}) END";

    private static string Decimal(string c) =>
        $"CASE WHEN regexp_full_match({c}, {SqlLiteral.Of(DecimalPattern)}) " +
        $"THEN try_cast(regexp_replace({c}, '[, ]', '', 'g') AS {IngestColumn.DuckDbType(ItemDataType.Decimal)}) END";

    private static string Date(string c) =>
        $"CASE WHEN regexp_full_match({c}, {SqlLiteral.Of(EightDigits)}) THEN try_strptime({c}, '%Y%m%d') " +
        $"ELSE try_strptime({c}, {List(DateTimeFormats)}) END";

    private static string Timestamp(string c) =>
        $"CASE WHEN regexp_full_match({c}, {SqlLiteral.Of(EightDigits)}) THEN try_strptime({c}, '%Y%m%d') " +
        $"WHEN regexp_matches({c}, {SqlLiteral.Of(OffsetPattern)}) " +
        $"THEN make_timestamp(epoch_us(try_strptime(regexp_replace({c}, 'Z$', '+00:00'), {List(OffsetFormats)})) + {ChinaOffsetMicroseconds}) " +
        $"ELSE try_strptime({c}, {List(DateTimeFormats)}) END";

    private static string Boolean(string c) =>
        $"CASE WHEN lower({c}) IN ({string.Join(", ", TrueWords.Select(SqlLiteral.Of))}) THEN true " +
        $"WHEN lower({c}) IN ({string.Join(", ", FalseWords.Select(SqlLiteral.Of))}) THEN false END";

    private static string InDateRange(string p) => $"{p} >= {MinDate} AND {p} < {EndDate}";

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(SqlLiteral.Of)) + "]";
}
