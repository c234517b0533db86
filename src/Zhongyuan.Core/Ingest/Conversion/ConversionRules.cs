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
    private const string FitsScale10 = "[+-]?([0-9]{1,8}(\\.[0-9]{0,10})?|\\.[0-9]{1,10})";
    private const string FitsScale4 = "[+-]?[0-9]{1,14}(\\.[0-9]{0,4})?";
    private const string EightDigits = "[0-9]{8}";

    // The common ISO forms, which DuckDB's own cast parses fastest.
    private const string IsoPattern = "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?)?";

    // ISO with Z or a numeric offset.
    private const string OffsetPattern = "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)";

    // Every other accepted form: 2017/4/8, 2017.4.8, 2017年4月8日, then optionally 13:05[:01[.5]] or 13时5分[30秒].
    private const string OtherPattern =
        "[0-9]{4}([-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)" +
        "([ T]?([0-9]{1,2}:[0-9]{1,2}(:[0-9]{1,2}(\\.[0-9]{1,6})?)?|[0-9]{1,2}时[0-9]{1,2}分([0-9]{1,2}秒)?))?";

    // Rewrites the date part of OtherPattern as Y-M-D (unmatched groups are empty).
    private const string DatePrefix = "^([0-9]{4})(?:[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)[ T]?";

    // Values with an offset are stored as China Standard Time (UTC+8, no daylight saving since 1991),
    // the time zone every value without an offset is assumed to be in.
    private const string ChinaOffsetMicroseconds = "28800000000";

    private const string MinDate = "TIMESTAMP '1800-01-01'";
    private const string EndDate = "TIMESTAMP '2201-01-01'";

    private static readonly string[] TrueWords = ["是", "真", "true", "t", "yes", "y", "1"];
    private static readonly string[] FalseWords = ["否", "假", "false", "f", "no", "n", "0"];

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

    // DuckDB parses text to a DECIMAL wider than 18 digits about a hundred times slower than to one of
    // at most 18, so values that fit DECIMAL(18,10) or DECIMAL(18,4) exactly are parsed as those first.
    private static string Decimal(string c)
    {
        var plain = $"CASE WHEN contains({c}, ',') OR contains({c}, ' ') THEN replace(replace({c}, ',', ''), ' ', '') ELSE {c} END";
        var target = IngestColumn.DuckDbType(ItemDataType.Decimal);
        return $"CASE WHEN NOT regexp_full_match({c}, {SqlLiteral.Of(DecimalPattern)}) THEN NULL " +
            $"WHEN regexp_full_match({plain}, {SqlLiteral.Of(FitsScale10)}) THEN CAST(try_cast({plain} AS DECIMAL(18,10)) AS {target}) " +
            $"WHEN regexp_full_match({plain}, {SqlLiteral.Of(FitsScale4)}) THEN CAST(try_cast({plain} AS DECIMAL(18,4)) AS {target}) " +
            $"ELSE try_cast({plain} AS {target}) END";
    }

    // Cheap full-match guards pick one parse per value, so no value is tried against a list of formats.
    private static string Date(string c) => $"CASE {CommonDateForms(c)} END";

    private static string Timestamp(string c) =>
        $"CASE {CommonDateForms(c)} WHEN regexp_full_match({c}, {SqlLiteral.Of(OffsetPattern)}) THEN make_timestamp(epoch_us(" +
        $"try_cast(regexp_replace({c}, '([+-][0-9]{{2}})([0-9]{{2}})$', '\\1:\\2') AS TIMESTAMPTZ)) + {ChinaOffsetMicroseconds}) END";

    private static string CommonDateForms(string c) =>
        $"WHEN regexp_full_match({c}, {SqlLiteral.Of(IsoPattern)}) THEN try_cast({c} AS TIMESTAMP) " +
        $"WHEN regexp_full_match({c}, {SqlLiteral.Of(EightDigits)}) THEN try_strptime({c}, '%Y%m%d') " +
        $"WHEN regexp_full_match({c}, {SqlLiteral.Of(OtherPattern)}) THEN try_cast({Canonical(c)} AS TIMESTAMP)";

    // 2017年4月8日 13时5分 → 2017-4-8 13:5; 2017.4.8 → 2017-4-8 (only the date part is rewritten, so a
    // fraction of a second keeps its point).
    private static string Canonical(string c) =>
        $"rtrim(replace(replace(replace(regexp_replace({c}, {SqlLiteral.Of(DatePrefix)}, '\\1-\\2\\4-\\3\\5 '), '时', ':'), '分', ':'), '秒', ''), ': ')";

    private static string Boolean(string c) =>
        $"CASE WHEN {SqlLiteral.OneOf($"lower({c})", TrueWords)} THEN true WHEN {SqlLiteral.OneOf($"lower({c})", FalseWords)} THEN false END";

    private static string InDateRange(string p) => $"{p} >= {MinDate} AND {p} < {EndDate}";

    private static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(SqlLiteral.Of)) + "]";
}
