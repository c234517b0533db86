using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// The path of a <see cref="JsonException"/> (<c>$.items[1].length</c>) as segments: property names
/// (strings) and array indexes (ints), to name the field in an error and to find the node that failed.
/// </summary>
internal sealed partial record JsonErrorPath(IReadOnlyList<object> Segments)
{
    public static JsonErrorPath Parse(string? path) =>
        new([.. Segment().Matches(path ?? "").Select(m =>
            m.Groups["index"].Success ? int.Parse(m.Groups["index"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
            : (object)(m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal)))]);

    /// <summary>The field name as in <see cref="FieldError.Field"/>: camelCase, e.g. <c>items[1].length</c>.</summary>
    public string Field => string.Concat(Segments.Select((segment, i) => segment switch
    {
        int index => $"[{index}]",
        _ => (i == 0 ? "" : ".") + JsonNamingPolicy.CamelCase.ConvertName((string)segment),
    }));

    /// <summary>The node at the path, or null.</summary>
    public JsonNode? Find(JsonNode root) => Walk(root, Segments.Count);

    /// <summary>
    /// Removes the node at the path so that reading can go on to find the next error; a removed array
    /// element shifts the later ones, so a second error in the same array may be reported one index early.
    /// </summary>
    public bool TryRemove(JsonNode root)
    {
        if (Segments.Count == 0 || Walk(root, Segments.Count - 1) is not { } parent)
        {
            return false;
        }
        return (parent, Segments[^1]) switch
        {
            (JsonObject o, string name) when Key(o, name) is { } key => o.Remove(key),
            (JsonArray a, int i) when i < a.Count => Remove(a, i),
            _ => false,
        };
    }

    /// <summary>The property's key as written, matched without regard to case as <see cref="CatalogJson.Options"/> reads.</summary>
    public static string? Key(JsonObject o, string name) =>
        o.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    private JsonNode? Walk(JsonNode root, int count)
    {
        JsonNode? node = root;
        foreach (var segment in Segments.Take(count))
        {
            node = (node, segment) switch
            {
                (JsonObject o, string name) when Key(o, name) is { } key => o[key],
                (JsonArray a, int i) when i < a.Count => a[i],
                _ => null,
            };
        }
        return node;
    }

    private static bool Remove(JsonArray array, int index)
    {
        array.RemoveAt(index);
        return true;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
