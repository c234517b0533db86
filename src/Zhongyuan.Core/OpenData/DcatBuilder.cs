using System.Globalization;
using Zhongyuan.Catalog;
using Zhongyuan.OpenData.Rdf;
using Zhongyuan.Regions;

namespace Zhongyuan.OpenData;

/// <summary>
/// Describes the open catalog in DCAT-AP 3: the catalog, its datasets (one per resource), their CSV
/// distribution, publisher (the providing department), contact point, region and EU vocabularies.
/// IRIs start with <paramref name="baseUrl"/>: datasets are <c>{base}/dataset/{code}</c>, publishers
/// <c>{base}/api/v1/departments/{id}</c>, regions <c>{base}/api/v1/regions/{code}</c>.
/// </summary>
/// <param name="baseUrl">The server's absolute base URL without a trailing slash.</param>
public sealed class DcatBuilder(string baseUrl)
{
    private const string Dcat = Ns.Dcat, Dct = Ns.Dct, Foaf = Ns.Foaf, Vcard = Ns.Vcard, Hydra = Ns.Hydra, Xsd = Ns.Xsd;

    /// <summary>The catalog's IRI.</summary>
    public string CatalogIri => baseUrl + "/catalog";

    /// <summary>The IRI of a resource's dataset.</summary>
    public string DatasetIri(string code) => baseUrl + "/dataset/" + Uri.EscapeDataString(code);

    /// <summary>One page of the catalog with its datasets and hydra paging.</summary>
    public RdfGraph Catalog(IReadOnlyList<Resource> datasets, IReadOnlyDictionary<string, CurrentData> data, DcatPage page, DateTimeOffset? modified)
    {
        var g = new RdfGraph();
        var c = CatalogIri;
        g.Type(c, Dcat + "Catalog");
        g.Text(c, Dct + "title", "河南省政务数据开放目录", "zh");
        g.Text(c, Dct + "title", "Henan Province Government Open Data Catalog", "en");
        g.Text(c, Dct + "description", "河南省各级政务部门开放的数据资源。", "zh");
        g.Text(c, Dct + "description", "Data resources opened by government departments of Henan Province.", "en");
        g.Link(c, Foaf + "homepage", baseUrl + "/");
        g.Link(c, Dct + "language", EuVocabularies.Authority + "language/ZHO");
        g.Link(c, Dct + "spatial", Region(g, RegionCatalog.HenanCode));
        var publisher = baseUrl + "/#publisher";
        g.Link(c, Dct + "publisher", publisher);
        g.Type(publisher, Foaf + "Agent");
        g.Type(publisher, Foaf + "Organization");
        g.Text(publisher, Foaf + "name", "中原政务数据平台", "zh");
        g.Text(publisher, Foaf + "name", "Zhongyuan government data platform", "en");
        if (modified is { } m)
        {
            g.Text(c, Dct + "modified", DateTime(m), datatype: Xsd + "dateTime");
        }
        foreach (var r in datasets)
        {
            g.Link(c, Dcat + "dataset", DatasetIri(r.Code));
            AddDataset(g, r, data.GetValueOrDefault(r.Code));
        }
        AddPaging(g, c, page);
        return g;
    }

    /// <summary>The description of one dataset.</summary>
    public RdfGraph Dataset(Resource resource, CurrentData? data)
    {
        var g = new RdfGraph();
        AddDataset(g, resource, data);
        g.Link(CatalogIri, Dcat + "dataset", DatasetIri(resource.Code));
        g.Type(CatalogIri, Dcat + "Catalog");
        return g;
    }

    private void AddDataset(RdfGraph g, Resource r, CurrentData? data)
    {
        var d = DatasetIri(r.Code);
        var m = r.Metadata;
        g.Type(d, Dcat + "Dataset");
        g.Text(d, Dct + "title", m.Name, "zh");
        g.Text(d, Dct + "description", m.Abstract, "zh");
        g.Text(d, Dct + "identifier", r.Code);
        g.Text(d, Dct + "issued", r.PublishDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), datatype: Xsd + "date");
        g.Text(d, Dct + "modified", DateTime(r.UpdatedAt), datatype: Xsd + "dateTime");
        g.Link(d, Dct + "publisher", Publisher(g, r.Provider));
        g.Link(d, Dcat + "contactPoint", Contact(g, r.Provider));
        foreach (var theme in m.Themes.Select(OpenThemes.Of))
        {
            g.Link(d, Dcat + "theme", EuVocabularies.DataTheme(theme.EuTheme));
        }
        foreach (var keyword in m.Tags.Concat(m.Themes))
        {
            g.Text(d, Dcat + "keyword", keyword, "zh");
        }
        g.Link(d, Dct + "accrualPeriodicity", EuVocabularies.Frequency(m.UpdateCycle));
        g.Link(d, Dct + "spatial", Region(g, m.RegionCode));
        g.Link(d, Dct + "accessRights", EuVocabularies.AccessRights(m.OpenType));
        g.Link(d, Dcat + "landingPage", $"{baseUrl}/api/v1/resources/{Uri.EscapeDataString(r.Code)}");
        if (data is not null)
        {
            AddDistribution(g, d, r, data);
        }
    }

    private void AddDistribution(RdfGraph g, string dataset, Resource r, CurrentData data)
    {
        var dist = dataset + "/distribution/csv";
        var url = $"{baseUrl}/api/v1/resources/{Uri.EscapeDataString(r.Code)}/data/export?format=csv";
        g.Link(dataset, Dcat + "distribution", dist);
        g.Type(dist, Dcat + "Distribution");
        g.Text(dist, Dct + "title", r.Metadata.Name + "（CSV）", "zh");
        g.Text(dist, Dct + "description", $"第 {data.Version} 版数据，{data.RowCount} 行", "zh");
        g.Link(dist, Dcat + "accessURL", url);
        if (r.Metadata.OpenType == OpenType.Unconditional)
        {
            g.Link(dist, Dcat + "downloadURL", url);
        }
        g.Link(dist, Dct + "format", EuVocabularies.CsvFileType);
        g.Link(dist, Dcat + "mediaType", EuVocabularies.CsvMediaType);
        g.Text(dist, Dct + "modified", DateTime(data.LoadedAt), datatype: Xsd + "dateTime");
        g.Link(dist, Dct + "accessRights", EuVocabularies.AccessRights(r.Metadata.OpenType));
        g.Link(dist, Dct + "conformsTo", $"{baseUrl}/api/v1/resources/{Uri.EscapeDataString(r.Code)}/datapackage.json");
    }

    private string Publisher(RdfGraph g, ProviderRef provider)
    {
        var iri = $"{baseUrl}/api/v1/departments/{provider.Id.ToString(CultureInfo.InvariantCulture)}";
        g.Type(iri, Foaf + "Agent");
        g.Type(iri, Foaf + "Organization");
        g.Text(iri, Foaf + "name", provider.Name, "zh");
        g.Text(iri, Dct + "identifier", provider.CreditCode);
        return iri;
    }

    private string Contact(RdfGraph g, ProviderRef provider)
    {
        var iri = $"{baseUrl}/api/v1/departments/{provider.Id.ToString(CultureInfo.InvariantCulture)}#contact";
        g.Type(iri, Vcard + "Organization");
        g.Text(iri, Vcard + "fn", provider.Name, "zh");
        return iri;
    }

    private string Region(RdfGraph g, string code)
    {
        var iri = $"{baseUrl}/api/v1/regions/{Uri.EscapeDataString(code)}";
        g.Type(iri, Dct + "Location");
        g.Text(iri, Ns.Skos + "prefLabel", RegionCatalog.Henan.Find(code)?.Name ?? code, "zh");
        g.Text(iri, Dct + "identifier", code);
        return iri;
    }

    private static void AddPaging(RdfGraph g, string catalog, DcatPage page)
    {
        var view = page.Url(page.Page);
        g.Text(catalog, Hydra + "totalItems", page.Total.ToString(CultureInfo.InvariantCulture), datatype: Xsd + "integer");
        g.Link(catalog, Hydra + "view", view);
        g.Type(view, Hydra + "PartialCollectionView");
        g.Link(view, Hydra + "first", page.Url(1));
        g.Link(view, Hydra + "last", page.Url(page.LastPage));
        if (page.Page > 1)
        {
            g.Link(view, Hydra + "previous", page.Url(Math.Min(page.Page - 1, page.LastPage)));
        }
        if (page.Page < page.LastPage)
        {
            g.Link(view, Hydra + "next", page.Url(page.Page + 1));
        }
    }

    private static string DateTime(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
