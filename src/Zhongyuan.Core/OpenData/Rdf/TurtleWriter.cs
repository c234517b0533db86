using System.Globalization;
using System.Text;

namespace Zhongyuan.OpenData.Rdf;

/// <summary>Writes a graph as Turtle: prefixes, then one block per subject with its predicates grouped.</summary>
public static class TurtleWriter
{
    /// <summary>The graph as Turtle text.</summary>
    public static string Write(RdfGraph graph)
    {
        var sb = new StringBuilder();
        foreach (var (prefix, ns) in graph.Prefixes)
        {
            sb.Append("@prefix ").Append(prefix).Append(": <").Append(ns).Append("> .\n");
        }
        foreach (var subject in graph.Triples.GroupBy(t => t.Subject.Value, StringComparer.Ordinal))
        {
            sb.Append('\n').Append(Iri(graph, subject.Key));
            var predicates = subject.GroupBy(t => t.Predicate.Value, StringComparer.Ordinal).ToList();
            for (var i = 0; i < predicates.Count; i++)
            {
                var p = predicates[i].Key;
                sb.Append(i == 0 ? " " : " ;\n    ").Append(p == RdfGraph.RdfType ? "a" : Iri(graph, p)).Append(' ');
                sb.AppendJoin(", ", predicates[i].Select(t => Term(graph, t.Object)));
            }
            sb.Append(" .\n");
        }
        return sb.ToString();
    }

    private static string Term(RdfGraph graph, RdfTerm term) => term switch
    {
        RdfTerm.Iri iri => Iri(graph, iri.Value),
        RdfTerm.Literal { Language: { } lang } l => Quote(l.Value) + "@" + lang,
        RdfTerm.Literal { Datatype: { } type } l => Quote(l.Value) + "^^" + Iri(graph, type),
        RdfTerm.Literal l => Quote(l.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    /// <summary>A prefixed name when possible, otherwise <c>&lt;iri&gt;</c> (already free of forbidden characters, see <see cref="RdfTerm.Iri"/>).</summary>
    private static string Iri(RdfGraph graph, string iri) => graph.Compact(iri) ?? "<" + iri + ">";

    /// <summary>A double-quoted string with Turtle's escapes; other controls as <c>\uXXXX</c>, everything else as itself (UTF-8).</summary>
    internal static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ' or '\u007f': sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }
}
