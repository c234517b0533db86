using System.Text;
using Zhongyuan.Search;

namespace Zhongyuan.OpenData.Ckan;

/// <summary>Reads the Solr-like parts of <c>package_search</c>: <c>field:value</c> terms and the sort.</summary>
public static class CkanQueryParser
{
    /// <summary>The fields a term may filter on.</summary>
    public static IReadOnlySet<string> TermFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "organization", "groups", "tags", "res_format", "license_id", "name", "id",
    };

    /// <summary>The fields that can be faceted.</summary>
    public static IReadOnlySet<string> FacetFields { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "organization", "groups", "tags", "res_format", "license_id",
    };

    /// <summary>The default sort of CKAN.</summary>
    public const string DefaultSort = "score desc, metadata_modified desc";

    /// <summary>
    /// Splits <paramref name="text"/> into <c>field:value</c> terms of <see cref="TermFields"/> (values may be
    /// double-quoted; a leading <c>+</c> is ignored) and the remaining free text. With <paramref name="termsOnly"/>,
    /// anything else is an error, returned as its message; null when the text parsed.
    /// </summary>
    public static string? Split(string? text, bool termsOnly, List<KeyValuePair<string, string>> terms, out string? freeText)
    {
        freeText = null;
        var rest = new StringBuilder();
        foreach (var token in Tokens(text ?? ""))
        {
            var t = token.StartsWith('+') ? token[1..] : token;
            var colon = t.IndexOf(':', StringComparison.Ordinal);
            var field = colon > 0 ? t[..colon] : "";
            if (TermFields.Contains(field) && colon < t.Length - 1)
            {
                terms.Add(new(field, Unquote(t[(colon + 1)..])));
            }
            else if (termsOnly && t is not ("*:*" or "AND" or ""))
            {
                return $"不支持的筛选条件“{token}”，应为 字段:值（字段可为 {string.Join("、", TermFields)}） Unsupported filter \"{token}\": use field:value with one of {string.Join(", ", TermFields)}";
            }
            else if (t != "*:*")
            {
                rest.Append(rest.Length > 0 ? " " : "").Append(Unquote(t));
            }
        }
        freeText = rest.Length == 0 ? null : rest.ToString();
        return null;
    }

    /// <summary>Maps a CKAN sort (<c>score desc</c>, <c>metadata_modified desc</c>, <c>name asc</c>, <c>title_string asc</c>) to a search order; false when unsupported.</summary>
    public static bool TryParseSort(string? sort, out SearchSort order)
    {
        order = SearchSort.Relevance;
        var first = (sort ?? DefaultSort).Split(',')[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var direction = first.Length > 1 ? first[1].ToLowerInvariant() : "asc";
        switch (first.Length is 1 or 2 ? first[0] : "", direction)
        {
            case ("score", "desc"):
                order = SearchSort.Relevance;
                return true;
            case ("metadata_modified", "desc"):
                order = SearchSort.Date;
                return true;
            case ("name" or "title_string" or "title", "asc"):
                order = SearchSort.Name;
                return true;
            default:
                return false;
        }
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                }
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
