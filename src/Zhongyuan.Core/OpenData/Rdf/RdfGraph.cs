namespace Zhongyuan.OpenData.Rdf;

/// <summary>A set of triples in insertion order with the namespace prefixes to write them with.</summary>
public sealed class RdfGraph
{
    /// <summary>rdf:type.</summary>
    public const string RdfType = Ns.Rdf + "type";

    private readonly List<RdfTriple> _triples = [];
    private readonly HashSet<RdfTriple> _seen = [];

    /// <summary>Prefix → namespace, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } = Ns.All;

    /// <summary>The triples, each once, in the order first added.</summary>
    public IReadOnlyList<RdfTriple> Triples => _triples;

    /// <summary>Adds a triple unless it is already there.</summary>
    public void Add(string subject, string predicate, RdfTerm value)
    {
        var triple = new RdfTriple(new RdfTerm.Iri(subject), new RdfTerm.Iri(predicate), value);
        if (_seen.Add(triple))
        {
            _triples.Add(triple);
        }
    }

    /// <summary>Adds a triple with an IRI object.</summary>
    public void Link(string subject, string predicate, string iri) => Add(subject, predicate, new RdfTerm.Iri(iri));

    /// <summary>Adds an rdf:type.</summary>
    public void Type(string subject, string type) => Link(subject, RdfType, type);

    /// <summary>Adds a literal when <paramref name="value"/> is not empty.</summary>
    public void Text(string subject, string predicate, string? value, string? language = null, string? datatype = null)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Add(subject, predicate, new RdfTerm.Literal(value, language, datatype));
        }
    }

    /// <summary>The prefixed name of <paramref name="iri"/> (<c>dcat:Dataset</c>) when it lies in a namespace and its local part is a simple name; null otherwise.</summary>
    public string? Compact(string iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && iri.Length > ns.Length && IsSimpleName(iri.AsSpan(ns.Length)))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }
        return null;
    }

    private static bool IsSimpleName(ReadOnlySpan<char> local)
    {
        if (!char.IsAsciiLetter(local[0]) && local[0] != '_')
        {
            return false;
        }
        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
