namespace Zhongyuan.Ingest.Conversion;

/// <summary>Writes DuckDB string literals; identifiers are quoted with <see cref="IngestColumn.Quote"/>.</summary>
public static class SqlLiteral
{
    /// <summary>
    /// The text as a DuckDB string literal: single quotes doubled, everything else verbatim (DuckDB's
    /// standard strings do not interpret backslashes).
    /// </summary>
    /// <exception cref="ArgumentException">The text contains a NUL character, which a DuckDB literal cannot hold.</exception>
    public static string Of(string text)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A SQL string literal cannot contain NUL.", nameof(text));
        }
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
