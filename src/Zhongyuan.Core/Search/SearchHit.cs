using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

/// <summary>One result of a catalog search, read from the index alone.</summary>
/// <param name="Resource">The resource as it was last indexed.</param>
/// <param name="Score">The relevance score; 0 when the search had no text.</param>
/// <param name="Highlights">
/// HTML for <c>name</c> and <c>abstract</c>: text HTML-escaped, matched words wrapped in <c>&lt;em&gt;</c>…<c>&lt;/em&gt;</c>.
/// The abstract is cut to a fragment around the best match (or its beginning) when long.
/// </param>
public sealed record SearchHit(Resource Resource, float Score, IReadOnlyDictionary<string, string> Highlights);
