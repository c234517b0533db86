using System.Text;
using System.Xml;

namespace Zhongyuan.OpenData.Rdf;

/// <summary>Writes a graph as RDF/XML: one <c>rdf:Description</c> per subject, escaping left to <see cref="XmlWriter"/>.</summary>
public static class RdfXmlWriter
{
    /// <summary>The graph as RDF/XML text (UTF-8 declared).</summary>
    /// <exception cref="InvalidOperationException">A predicate outside the graph's namespaces.</exception>
    public static string Write(RdfGraph graph)
    {
        var output = new Utf8StringWriter();
        // Entitize keeps a carriage return in a literal from being normalised away by the reader.
        var settings = new XmlWriterSettings { Indent = true, NewLineHandling = NewLineHandling.Entitize, Encoding = Encoding.UTF8 };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rdf", "RDF", Ns.Rdf);
            foreach (var (prefix, ns) in graph.Prefixes.Where(p => p.Key != "rdf"))
            {
                xml.WriteAttributeString("xmlns", prefix, null, ns);
            }
            foreach (var subject in graph.Triples.GroupBy(t => t.Subject.Value, StringComparer.Ordinal))
            {
                WriteSubject(xml, graph, subject.Key, subject);
            }
            xml.WriteEndElement();
        }
        return output.ToString();
    }

    private static void WriteSubject(XmlWriter xml, RdfGraph graph, string subject, IEnumerable<RdfTriple> triples)
    {
        xml.WriteStartElement("rdf", "Description", Ns.Rdf);
        xml.WriteAttributeString("rdf", "about", Ns.Rdf, subject);
        foreach (var t in triples)
        {
            var (prefix, local) = Split(graph, t.Predicate.Value);
            xml.WriteStartElement(prefix, local, graph.Prefixes.First(p => p.Key == prefix).Value);
            switch (t.Object)
            {
                case RdfTerm.Iri iri:
                    xml.WriteAttributeString("rdf", "resource", Ns.Rdf, iri.Value);
                    break;
                case RdfTerm.Literal literal:
                    if (literal.Language is { } lang)
                    {
                        xml.WriteAttributeString("xml", "lang", null, lang);
                    }
                    else if (literal.Datatype is { } type)
                    {
                        xml.WriteAttributeString("rdf", "datatype", Ns.Rdf, type);
                    }
                    xml.WriteString(literal.Value);
                    break;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static (string Prefix, string Local) Split(RdfGraph graph, string predicate)
    {
        var compact = graph.Compact(predicate) ?? throw new InvalidOperationException($"The predicate {predicate} has no prefix; RDF/XML cannot write it.");
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        return (compact[..colon], compact[(colon + 1)..]);
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
