namespace Zhongyuan.Ingest.Conversion;

/// <summary>
/// The SQL that tidies a raw text value before conversion: full-width characters folded to half-width,
/// zero-width characters removed, surrounding whitespace trimmed, null markers turned into NULL.
/// </summary>
internal static class ValueCleaning
{
    /// <summary>Values that mean "no value" after cleaning; they become NULL and are never rejected.</summary>
    public static readonly IReadOnlyList<string> NullMarkers = ["", "NULL", "null", "Null", "\\N", "N/A", "n/a", "-", "－", "—", "——", "无"];

    private const string FullDigits = "０１２３４５６７８９";
    private const string FullUpper = "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ";
    private const string FullLower = "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ";
    private const string HalfAlnum = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    // Chinese punctuation is right in prose (an address, a name), so text keeps it; typed values fold it.
    private const string FullPunctuation = "，．－：／＋（）％";
    private const string HalfPunctuation = ",.-:/+()%";

    // Ideographic space and no-break space become spaces; the zero-width characters after them have no
    // counterpart in the "to" string, which makes translate() delete them.
    private const string Spaces = "\u3000\u00A0";
    private const string HalfSpaces = "  ";
    private const string ZeroWidth = "\u200B\u200C\u200D\u2060\uFEFF";

    // RE2 classes of the characters translate() changes: full-width forms, the two spaces, zero-width characters.
    private const string FoldedClass = "[\\x{FF01}-\\x{FF5E}\\x{3000}\\x{00A0}\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]";
    private const string TextFoldedClass = "[\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}\\x{3000}\\x{00A0}\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]";

    private const string TrimChars = " \t\r\n";

    /// <summary>
    /// Matches the source columns of a row joined by U+E000 when some value needs cleaning: a character that folding
    /// changes (the wider class, of typed values), or one of <see cref="TrimChars"/> at either end of a value. Most rows
    /// need none, and one match per row costs far less than folding and trimming every value (trim with a character
    /// set alone cost about as much as the rest of the conversion). The separator is a private-use character that no
    /// pattern here looks for (U+0001 was, until the standardisers' control-character pattern joined the match); one
    /// inside a value can only make a row "dirty" that is not, which is safe.
    /// </summary>
    public const string DirtyRow = FoldedClass + "|(?:^|\\x{E000})[ \\t\\r\\n]|[ \\t\\r\\n](?:\\x{E000}|$)";

    /// <summary>
    /// Whether a row may need cleaning (see <see cref="DirtyRow"/>), or holds a match of one of <paramref name="alsoFor"/>
    /// in one of its values, over the row's source column expressions. A pattern's <c>^</c> and <c>$</c> are made to
    /// match at the ends of each value too (<see cref="InRow"/>).
    /// </summary>
    public static string IsDirty(IEnumerable<string> columns, IEnumerable<string>? alsoFor = null) =>
        $"regexp_matches(concat_ws(chr(57344), {string.Join(", ", columns)}), " +
        $"{SqlLiteral.Of(string.Join("|", (alsoFor ?? []).Select(p => "(?:" + InRow(p) + ")").Prepend(DirtyRow)))})";

    /// <summary>
    /// An RE2 pattern over one value rewritten to search a row of values joined by U+E000: every <c>^</c> and <c>$</c>
    /// anchor outside a character class also matches beside a separator. Whatever the pattern matches in a value it then
    /// matches in the row; it may match more (across a separator, or on a U+E000 in a value), which only costs a test.
    /// </summary>
    public static string InRow(string pattern)
    {
        var s = new System.Text.StringBuilder(pattern.Length + 32);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch == '\\' && i + 1 < pattern.Length)
            {
                s.Append(ch).Append(pattern[++i]);
                continue;
            }
            if (inClass)
            {
                inClass = ch != ']' || s[^1] == '[' || (s[^1] == '^' && s[^2] == '[');
                s.Append(ch);
                continue;
            }
            s.Append(ch switch
            {
                '^' => "(?:^|\\x{E000})",
                '$' => "(?:\\x{E000}|$)",
                _ => ch.ToString(),
            });
            inClass = ch == '[';
        }
        return s.ToString();
    }

    /// <summary>The cleaned value of <paramref name="column"/> (a SQL expression), NULL markers included.</summary>
    public static string Clean(string column, bool isText)
    {
        var from = FullDigits + FullUpper + FullLower + (isText ? "" : FullPunctuation) + Spaces + ZeroWidth;
        var to = HalfAlnum + (isText ? "" : HalfPunctuation) + HalfSpaces;
        // translate() costs microseconds a value, so only values holding a character it changes pay for it.
        var needsFolding = $"regexp_matches({column}, {SqlLiteral.Of(isText ? TextFoldedClass : FoldedClass)})";
        var folded = $"CASE WHEN {needsFolding} THEN translate({column}, {SqlLiteral.Of(from)}, {SqlLiteral.Of(to)}) ELSE {column} END";
        return $"trim({folded}, {SqlLiteral.Of(TrimChars)})";
    }

    /// <summary>NULL when the cleaned value <paramref name="cleaned"/> is a null marker, else the value.</summary>
    public static string NullIfMarker(string cleaned) =>
        $"CASE WHEN {SqlLiteral.OneOf(cleaned, NullMarkers)} THEN NULL ELSE {cleaned} END";
}
