using System.Globalization;
using Zhongyuan.Catalog;

namespace Zhongyuan.Search;

/// <summary>
/// A facet of the catalog index: how its values come from a resource, how a value is labelled and how a
/// filter value is normalised. Each is indexed twice: a <c>StringField</c> under <see cref="Name"/> for term
/// queries and a <c>SortedSetDocValuesField</c> under <see cref="DocValuesName"/> for counting and filtering.
/// </summary>
internal sealed class FacetField
{
    /// <summary>Separates a value from a label stored with it in the doc values (the provider's name).</summary>
    public const char LabelSeparator = '\u001f';

    private FacetField(string name, Func<Resource, IEnumerable<string>> values, Func<string, string> label,
        Func<string, string>? normalize = null, Func<Resource, string>? storedLabel = null)
    {
        Name = name;
        DocValuesName = "facet." + name;
        Values = values;
        Label = label;
        Normalize = normalize ?? (v => v.Trim());
        StoredLabel = storedLabel;
    }

    /// <summary>The facet name (<see cref="CatalogFacets"/>) and the name of its string field.</summary>
    public string Name { get; }

    /// <summary>The name of its doc-values field.</summary>
    public string DocValuesName { get; }

    /// <summary>The values of a resource.</summary>
    public Func<Resource, IEnumerable<string>> Values { get; }

    /// <summary>The Chinese label of a value, when no label was stored with it.</summary>
    public Func<string, string> Label { get; }

    /// <summary>Turns a filter value as a user gave it into a facet value.</summary>
    public Func<string, string> Normalize { get; }

    /// <summary>A label to store with the value in the doc values, for labels only the resource knows.</summary>
    public Func<Resource, string>? StoredLabel { get; }

    /// <summary>Whether the field takes part in drill-sideways filtering (every facet but the status).</summary>
    public bool IsSideways => Name != CatalogFacets.Status;

    /// <summary>All facets, in result order.</summary>
    public static IReadOnlyList<FacetField> All { get; } =
    [
        new(CatalogFacets.Provider, r => [r.Provider.Id.ToString(CultureInfo.InvariantCulture)], v => v, storedLabel: r => r.Provider.Name),
        new(CatalogFacets.Region, r => [r.Metadata.RegionCode], RegionNames.Of),
        new(CatalogFacets.Classification, r => [ClassItem(r)], ClassItemLabel),
        new(CatalogFacets.Class, r => [ClassItem(r)[..1]], ClassLabel),
        Enum<ShareType>(CatalogFacets.ShareType, r => r.Metadata.ShareType),
        Enum<OpenType>(CatalogFacets.OpenType, r => r.Metadata.OpenType),
        Enum<ResourceFormat>(CatalogFacets.Format, r => r.Metadata.Format),
        new(CatalogFacets.Theme, r => r.Metadata.Themes, v => v),
        Enum<UpdateCycle>(CatalogFacets.UpdateCycle, r => r.Metadata.UpdateCycle),
        Enum<DataGrade>(CatalogFacets.Grade, r => r.Metadata.Grade),
        Enum<ResourceStatus>(CatalogFacets.Status, r => r.Status),
    ];

    /// <summary>The status facet.</summary>
    public static FacetField Status { get; } = All[^1];

    private static FacetField Enum<T>(string name, Func<Resource, T> value) where T : struct, System.Enum =>
        new(name, r => [EnumKeys<T>.Key(value(r))], EnumKeys<T>.Label, EnumKeys<T>.Normalize);

    private static string ClassItem(Resource r) =>
        r.Metadata.Classification.Length >= 3 ? r.Metadata.Classification[..3] : r.Metadata.Classification.PadRight(3, '0');

    private static string ClassItemLabel(string value) =>
        value.Length == 3 && value[0] is >= '1' and <= '3'
            ? ClassificationScheme.ItemName((ClassKind)(value[0] - '0'), value[1..])?.Zh ?? value
            : value;

    private static string ClassLabel(string value) =>
        value is "1" or "2" or "3" ? Localization.Labels.Zh((ClassKind)(value[0] - '0')) : value;
}
