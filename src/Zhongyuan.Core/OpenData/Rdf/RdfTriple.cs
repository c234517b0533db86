namespace Zhongyuan.OpenData.Rdf;

/// <summary>A statement. Subjects are IRIs: the graphs made here use no blank nodes.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Predicate">The predicate; must lie in one of the graph's namespaces (RDF/XML needs a QName).</param>
/// <param name="Object">The object.</param>
public sealed record RdfTriple(RdfTerm.Iri Subject, RdfTerm.Iri Predicate, RdfTerm Object);
