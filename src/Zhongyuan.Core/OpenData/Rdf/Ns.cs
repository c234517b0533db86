namespace Zhongyuan.OpenData.Rdf;

/// <summary>The namespaces DCAT-AP uses.</summary>
public static class Ns
{
    /// <summary>RDF.</summary>
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    /// <summary>DCAT.</summary>
    public const string Dcat = "http://www.w3.org/ns/dcat#";
    /// <summary>Dublin Core terms.</summary>
    public const string Dct = "http://purl.org/dc/terms/";
    /// <summary>FOAF.</summary>
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    /// <summary>vCard.</summary>
    public const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    /// <summary>SKOS.</summary>
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    /// <summary>Hydra, for paging.</summary>
    public const string Hydra = "http://www.w3.org/ns/hydra/core#";
    /// <summary>XML Schema datatypes.</summary>
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>Prefix → namespace.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("rdf", Rdf), new("dcat", Dcat), new("dct", Dct), new("foaf", Foaf), new("vcard", Vcard),
        new("skos", Skos), new("hydra", Hydra), new("xsd", Xsd),
    ];
}
