namespace Zhongyuan.Ingest.Query;

/// <summary>
/// Parses the compact filter syntax of the query string, e.g.
/// <c>性别 = '男' and (出生日期 >= '1990-01-01' or 户籍地址 like '%金水区%') and 姓名 is not null</c>,
/// its JSON form (see <see cref="ParseJson(string)"/>), and the <c>sort</c> and <c>select</c> lists.
/// Precedence: <c>not</c> binds tighter than <c>and</c>, which binds tighter than <c>or</c>. Keywords are
/// case-insensitive; a column named like a keyword, or containing spaces or punctuation, is double-quoted.
/// Column names and value types are checked later, against the version (<see cref="RowsReader"/>).
/// </summary>
public static partial class FilterParser
{
    /// <summary>Parses filter text; null for empty or blank text.</summary>
    /// <exception cref="QueryException">A syntax error (with its 1-based character position) or a size limit.</exception>
    public static FilterNode? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > FilterLimits.MaxTextLength)
        {
            throw QueryException.Of(
                "filter", "filter_too_large", $"筛选条件超过 {FilterLimits.MaxTextLength} 个字符", $"The filter is longer than {FilterLimits.MaxTextLength} characters");
        }

        var parser = new Parser(FilterTokenizer.Tokenize(text, "filter"));
        var node = parser.ParseAll();
        FilterLimits.Check(node);
        return node;
    }

    /// <summary>Parses a sort list: comma-separated names, each optionally followed by <c>asc</c> or <c>desc</c>, or prefixed with <c>-</c> for descending.</summary>
    /// <exception cref="QueryException">A malformed list.</exception>
    public static IReadOnlyList<SortKey> ParseSort(string? text) =>
        [.. SplitList(text, "sort", allowDirection: true).Select(k => new SortKey(k.Name, k.Descending))];

    /// <summary>Parses a comma-separated column list (double-quote names with commas or spaces).</summary>
    /// <exception cref="QueryException">A malformed list.</exception>
    public static IReadOnlyList<string> ParseSelect(string? text) =>
        [.. SplitList(text, "select", allowDirection: false).Select(k => k.Name)];

    private static List<(string Name, bool Descending)> SplitList(string? text, string field, bool allowDirection)
    {
        var result = new List<(string, bool)>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        var tokens = FilterTokenizer.Tokenize(text, field);
        var i = 0;
        while (true)
        {
            result.Add(ListItem(tokens, ref i, field, allowDirection));
            if (tokens[i].Kind == FilterTokenKind.End)
            {
                return result;
            }

            if (tokens[i++].Kind != FilterTokenKind.Comma)
            {
                throw Parser.Expected(tokens[i - 1], field, "逗号", "a comma");
            }
        }
    }

    private static (string, bool) ListItem(List<FilterToken> tokens, ref int i, string field, bool allowDirection)
    {
        var token = tokens[i++];
        if (token.Kind is not (FilterTokenKind.Word or FilterTokenKind.QuotedName) || token.Text.Length == 0)
        {
            throw Parser.Expected(token, field, "列名", "a column name");
        }

        var name = token.Text;
        var descending = false;
        if (allowDirection && token.Kind == FilterTokenKind.Word && name.Length > 1 && name[0] == '-')
        {
            (name, descending) = (name[1..], true);
        }

        if (allowDirection && (tokens[i].Is("asc") || tokens[i].Is("desc")))
        {
            descending = tokens[i++].Is("desc");
        }

        return (name, descending);
    }
}
