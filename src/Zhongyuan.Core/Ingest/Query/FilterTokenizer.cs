using System.Text;

namespace Zhongyuan.Ingest.Query;

/// <summary>
/// Splits filter text into tokens: bare words (names, keywords, numbers), "double-quoted" names, 'single-quoted'
/// strings ('' for a quote), comparison operators, parentheses and commas.
/// </summary>
internal static class FilterTokenizer
{
    private const string Delimiters = "()=!<>,'\"";

    /// <summary>The tokens of <paramref name="text"/>, ending with an <see cref="FilterTokenKind.End"/> token.</summary>
    /// <exception cref="QueryException">An unterminated quote or a stray character.</exception>
    public static List<FilterToken> Tokenize(string text, string field)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, "", text.Length + 1));
                return tokens;
            }

            tokens.Add(Next(text, ref i, field));
        }
    }

    private static FilterToken Next(string text, ref int i, string field)
    {
        var start = i;
        var c = text[i];
        switch (c)
        {
            case '(':
                i++;
                return new FilterToken(FilterTokenKind.Open, "(", start + 1);
            case ')':
                i++;
                return new FilterToken(FilterTokenKind.Close, ")", start + 1);
            case ',':
                i++;
                return new FilterToken(FilterTokenKind.Comma, ",", start + 1);
            case '\'':
                return new FilterToken(FilterTokenKind.String, Quoted(text, ref i, '\'', field), start + 1);
            case '"':
                return new FilterToken(FilterTokenKind.QuotedName, Quoted(text, ref i, '"', field), start + 1);
            case '=' or '<' or '>' or '!':
                return new FilterToken(FilterTokenKind.Operator, Operator(text, ref i, field), start + 1);
            default:
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Delimiters.Contains(text[i], StringComparison.Ordinal))
                {
                    i++;
                }

                return new FilterToken(FilterTokenKind.Word, text[start..i], start + 1);
        }
    }

    private static string Operator(string text, ref int i, string field)
    {
        var start = i;
        var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
        if (two is "<=" or ">=" or "!=" or "<>")
        {
            i += 2;
            return two == "<>" ? "!=" : two;
        }

        if (text[i] == '!')
        {
            throw Error(field, start + 1, "'!'");
        }

        i++;
        return text[start].ToString();
    }

    private static string Quoted(string text, ref int i, char quote, string field)
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        while (i < text.Length)
        {
            if (text[i] == quote)
            {
                if (i + 1 < text.Length && text[i + 1] == quote)
                {
                    value.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return value.ToString();
            }

            value.Append(text[i++]);
        }

        throw QueryException.Of(
            field,
            "filter_unterminated_quote",
            $"第 {start + 1} 个字符处的引号 {quote} 没有结束",
            $"The quote {quote} at character {start + 1} is not closed");
    }

    private static QueryException Error(string field, int position, string found) => QueryException.Of(
        field,
        "filter_syntax",
        $"第 {position} 个字符处的 {found} 无法识别（运算符为 =、!=、<>、<、<=、>、>=）",
        $"Unexpected {found} at character {position} (operators are =, !=, <>, <, <=, >, >=)");
}
