using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

/// <summary>
/// Highlights the name and abstract of the hits of one search: HTML-escaped text with matched words in
/// <c>&lt;em&gt;</c>. The name is kept whole; the abstract is cut to a fragment of about
/// <see cref="AbstractChars"/> characters around the best match, or its beginning when nothing matched.
/// Not thread-safe: one per search.
/// </summary>
internal sealed class HitHighlighter
{
    private const int AbstractChars = 160;
    private static readonly HtmlTextEncoder Encoder = HtmlTextEncoder.Instance;

    private readonly Analyzer _analyzer;
    private readonly Highlighter? _name;
    private readonly Highlighter? _abstract;

    /// <param name="query">The text query, or null when the search had no text.</param>
    /// <param name="analyzer">The analyzer the fields were indexed with.</param>
    public HitHighlighter(Query? query, Analyzer analyzer)
    {
        _analyzer = analyzer;
        if (query is not null)
        {
            _name = Create(query, CatalogDocument.Name, new NullFragmenter());
            _abstract = Create(query, CatalogDocument.Abstract, new SimpleFragmenter(AbstractChars));
        }
    }

    /// <summary>The highlights of a resource, keyed <c>name</c> and <c>abstract</c>.</summary>
    public IReadOnlyDictionary<string, string> Of(Resource resource) => new Dictionary<string, string>(2, StringComparer.Ordinal)
    {
        ["name"] = _name?.GetBestFragment(_analyzer, CatalogDocument.Name, resource.Metadata.Name)
            ?? Encoder.EncodeText(resource.Metadata.Name),
        ["abstract"] = _abstract?.GetBestFragment(_analyzer, CatalogDocument.Abstract, resource.Metadata.Abstract)
            ?? Beginning(resource.Metadata.Abstract),
    };

    private static Highlighter Create(Query query, string field, IFragmenter fragmenter) =>
        new(new SimpleHTMLFormatter("<em>", "</em>"), Encoder, new QueryScorer(query, field)) { TextFragmenter = fragmenter };

    private static string Beginning(string text) =>
        text.Length <= AbstractChars ? Encoder.EncodeText(text) : Encoder.EncodeText(text[..AbstractChars]) + "…";
}
