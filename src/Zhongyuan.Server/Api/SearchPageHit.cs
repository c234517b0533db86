using Zhongyuan.Catalog;

namespace Zhongyuan.Server.Api;

/// <summary>One search hit.</summary>
/// <param name="Code">The resource code.</param>
/// <param name="Score">Relevance score (0 when sorted by date or name).</param>
/// <param name="Highlights">Name and abstract snippets, HTML-escaped, with matches in <c>&lt;em&gt;</c>.</param>
/// <param name="Resource">The entry.</param>
public sealed record SearchPageHit(string Code, float Score, IReadOnlyDictionary<string, string> Highlights, Resource Resource);
