using Zhongyuan.Catalog;

namespace Zhongyuan.Ingest.Pull;

/// <summary>
/// Checks the SQL of a PostgreSQL pull source: one SELECT (or WITH … SELECT) statement, no <c>;</c> outside string
/// literals, quoted identifiers and comments. The query is an operator's configuration, not public input, and it runs
/// in a read-only transaction anyway; the check catches pasted scripts and makes the intent explicit.
/// </summary>
public static class PullQuery
{
    /// <summary>The query without trailing semicolons and white space, or the error.</summary>
    public static (string? Query, FieldError? Error) Check(string? query)
    {
        var text = (query ?? "").Trim().TrimEnd(';', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
        {
            return (null, FieldError.Of("query", "required", "请填写查询语句（一条 SELECT 语句）", "Give the query (one SELECT statement)"));
        }
        if (!StartsWithSelect(text))
        {
            return (null, FieldError.Of("query", "not_select", "查询语句只能是一条 SELECT 或 WITH … SELECT 语句", "The query must be a single SELECT or WITH … SELECT statement"));
        }
        if (HasSeparator(text))
        {
            return (null, FieldError.Of("query", "multiple_statements", "查询语句中只能有一条语句（字符串之外不能出现分号）", "The query must be one statement (no semicolon outside string literals)"));
        }
        return (text, null);
    }

    private static bool StartsWithSelect(string text)
    {
        var start = text.TrimStart('(', ' ', '\t', '\r', '\n');
        var word = new string([.. start.TakeWhile(char.IsAsciiLetter)]);
        return word.Equals("select", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a <c>;</c> appears outside '…' literals, "…" identifiers, -- and /* */ comments.</summary>
    private static bool HasSeparator(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var skip = text[i] switch
            {
                '\'' => text.IndexOf('\'', i + 1),
                '"' => text.IndexOf('"', i + 1),
                '-' when At(text, i, "--") => IndexOrEnd(text, text.IndexOf('\n', i), 0),
                '/' when At(text, i, "/*") => IndexOrEnd(text, text.IndexOf("*/", i + 2, StringComparison.Ordinal), 1),
                ';' => -2,
                _ => i,
            };
            if (skip == -2)
            {
                return true;
            }
            // An unterminated literal or identifier runs to the end; PostgreSQL reports it.
            i = skip < 0 ? text.Length : skip;
        }
        return false;
    }

    private static bool At(string text, int i, string what) => string.CompareOrdinal(text, i, what, 0, what.Length) == 0;

    private static int IndexOrEnd(string text, int index, int extra) => index < 0 ? text.Length : index + extra;
}
