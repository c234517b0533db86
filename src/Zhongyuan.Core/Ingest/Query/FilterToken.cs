namespace Zhongyuan.Ingest.Query;

/// <summary>The kind of a filter token.</summary>
internal enum FilterTokenKind
{
    Word,
    QuotedName,
    String,
    Operator,
    Open,
    Close,
    Comma,
    End,
}

/// <summary>A token of the filter syntax; <see cref="Position"/> is the 1-based character where it starts.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, int Position)
{
    /// <summary>Whether this is the bare keyword <paramref name="keyword"/> (case-insensitive).</summary>
    public bool Is(string keyword) => Kind == FilterTokenKind.Word && Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind == FilterTokenKind.End ? "结尾 (end)" : "'" + (Text.Length > 20 ? Text[..20] + "…" : Text) + "'";
}
