using System.Buffers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Zhongyuan.Search;

/// <summary>
/// Builds the query for what a user typed without any query syntax, so no input can fail to parse: the text
/// is split into words by the analyzer; each word must be found in one of the text fields (best field wins,
/// with a small bonus for more), and a query of three or more words lets about a quarter of them miss.
/// Text shaped like a resource code (or its beginning) also matches codes.
/// </summary>
internal static class TextQuery
{
    private const int MaxTerms = 32;
    private const int CodeBoost = 20;

    private static readonly (string Field, float Boost)[] Fields =
    [
        (CatalogDocument.Name, 4f), (CatalogDocument.Items, 2f), (CatalogDocument.Tags, 2f),
        (CatalogDocument.ProviderName, 1.5f), (CatalogDocument.Abstract, 1f),
    ];

    // SmartCn keeps English words; dropping stop words (and, or, the…) at query time only widens matches.
    private static readonly CharArraySet StopWords = StopAnalyzer.ENGLISH_STOP_WORDS_SET;

    private static readonly SearchValues<char> CodeChars = SearchValues.Create("0123456789-");

    /// <summary>The query for a text, or null when the text has no words and is no code.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="analyzer">The analyzer of the text fields.</param>
    /// <param name="words">The part of the query that matches words, for highlighting; null when none.</param>
    public static Query? Build(string? text, Analyzer analyzer, out Query? words)
    {
        words = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        words = Words(text, analyzer);
        var code = CodeQuery(text.Trim());
        if (code is null)
        {
            return words;
        }
        return words is null ? code : new BooleanQuery { { words, Occur.SHOULD }, { code, Occur.SHOULD } };
    }

    private static BooleanQuery? Words(string text, Analyzer analyzer)
    {
        var terms = Analyze(text, analyzer);
        if (terms.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            query.Add(AnyField(term), Occur.SHOULD);
        }
        query.MinimumNumberShouldMatch = terms.Count - (terms.Count >= 3 ? terms.Count / 4 : 0);
        return query;
    }

    private static DisjunctionMaxQuery AnyField(string term)
    {
        var any = new DisjunctionMaxQuery(0.2f);
        foreach (var (field, boost) in Fields)
        {
            any.Add(new TermQuery(new Term(field, term)) { Boost = boost });
        }
        return any;
    }

    private static List<string> Analyze(string text, Analyzer analyzer)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(CatalogDocument.Name, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxTerms)
        {
            var term = attribute.ToString();
            if (term.Length > 0 && !StopWords.Contains(term) && !terms.Contains(term, StringComparer.Ordinal))
            {
                terms.Add(term);
            }
        }
        stream.End();
        return terms;
    }

    private static Query? CodeQuery(string text) =>
        text.Length is >= 3 and <= Catalog.ResourceCode.Length && text[0] is >= '1' and <= '3' && !text.AsSpan().ContainsAnyExcept(CodeChars)
            ? new PrefixQuery(new Term(CatalogDocument.Code, text)) { Boost = CodeBoost }
            : null;
}
