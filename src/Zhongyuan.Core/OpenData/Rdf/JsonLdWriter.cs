using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zhongyuan.OpenData.Rdf;

/// <summary>
/// Writes a graph as JSON-LD: an <c>@context</c> of the prefixes and an <c>@graph</c> with one node object per
/// subject. Every value is an explicit value object (<c>{"@id"}</c> or <c>{"@value", "@language"|"@type"}</c>) in
/// an array, so the document needs no term definitions beyond the prefixes to expand to the same triples.
/// </summary>
public static class JsonLdWriter
{
    /// <summary>The graph as JSON-LD text.</summary>
    public static string Write(RdfGraph graph)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("@context");
            foreach (var (prefix, ns) in graph.Prefixes)
            {
                json.WriteString(prefix, ns);
            }
            json.WriteEndObject();
            json.WriteStartArray("@graph");
            foreach (var subject in graph.Triples.GroupBy(t => t.Subject.Value, StringComparer.Ordinal))
            {
                WriteNode(json, graph, subject.Key, [.. subject]);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter json, RdfGraph graph, string subject, List<RdfTriple> triples)
    {
        json.WriteStartObject();
        json.WriteString("@id", subject);
        var types = triples.Where(t => t.Predicate.Value == RdfGraph.RdfType).Select(t => ((RdfTerm.Iri)t.Object).Value).ToList();
        if (types.Count > 0)
        {
            json.WriteStartArray("@type");
            types.ForEach(t => json.WriteStringValue(graph.Compact(t) ?? t));
            json.WriteEndArray();
        }
        foreach (var predicate in triples.Where(t => t.Predicate.Value != RdfGraph.RdfType).GroupBy(t => t.Predicate.Value, StringComparer.Ordinal))
        {
            json.WriteStartArray(graph.Compact(predicate.Key) ?? predicate.Key);
            foreach (var t in predicate)
            {
                WriteValue(json, graph, t.Object);
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, RdfGraph graph, RdfTerm term)
    {
        json.WriteStartObject();
        switch (term)
        {
            case RdfTerm.Iri iri:
                json.WriteString("@id", iri.Value);
                break;
            case RdfTerm.Literal literal:
                json.WriteString("@value", literal.Value);
                if (literal.Language is { } lang)
                {
                    json.WriteString("@language", lang);
                }
                else if (literal.Datatype is { } type)
                {
                    json.WriteString("@type", graph.Compact(type) ?? type);
                }
                break;
        }
        json.WriteEndObject();
    }
}
