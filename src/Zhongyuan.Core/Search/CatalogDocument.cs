using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

/// <summary>The Lucene document of a resource and the names of its fields.</summary>
internal static class CatalogDocument
{
    /// <summary>The resource code, indexed as one term: the key for updates and code search.</summary>
    public const string Code = "code";

    /// <summary>Analysed text fields.</summary>
    public const string Name = "name", Abstract = "abstract", Items = "items", Tags = "tags", ProviderName = "provider.name";

    /// <summary>Sort fields (doc values only).</summary>
    public const string CodeSort = "code.sort", NameSort = "name.sort", Updated = "updated";

    /// <summary>The whole resource as <see cref="CatalogJson"/>, stored only.</summary>
    public const string Json = "json";

    private static readonly CompareInfo Chinese = CultureInfo.GetCultureInfo("zh-CN").CompareInfo;

    /// <summary>Builds the document of a resource.</summary>
    public static Document Build(Resource resource)
    {
        var m = resource.Metadata;
        var doc = new Document
        {
            new StringField(Code, resource.Code, Field.Store.NO),
            new SortedDocValuesField(CodeSort, new BytesRef(resource.Code)),
            new TextField(Name, m.Name, Field.Store.NO),
            new TextField(Abstract, m.Abstract, Field.Store.NO),
            new TextField(ProviderName, resource.Provider.Name, Field.Store.NO),
            new SortedDocValuesField(NameSort, new BytesRef(Chinese.GetSortKey(m.Name, CompareOptions.None).KeyData)),
            new NumericDocValuesField(Updated, resource.UpdatedAt.UtcTicks),
            new StoredField(Json, JsonSerializer.Serialize(resource, CatalogJson.Options)),
        };
        AddText(doc, Items, m.Items.Select(i => i.Name));
        AddText(doc, Tags, m.Tags);
        foreach (var facet in FacetField.All)
        {
            AddFacet(doc, facet, resource);
        }
        return doc;
    }

    /// <summary>Reads the resource back from its stored JSON.</summary>
    public static Resource Read(string json) =>
        JsonSerializer.Deserialize<Resource>(json, CatalogJson.Options) ?? throw new JsonException("Empty resource in the index.");

    private static void AddText(Document doc, string field, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            doc.Add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static void AddFacet(Document doc, FacetField facet, Resource resource)
    {
        var label = facet.StoredLabel?.Invoke(resource);
        foreach (var value in facet.Values(resource).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(facet.Name, value, Field.Store.NO));
            var docValue = label is null ? value : value + FacetField.LabelSeparator + label;
            doc.Add(new SortedSetDocValuesField(facet.DocValuesName, new BytesRef(docValue)));
        }
    }
}
