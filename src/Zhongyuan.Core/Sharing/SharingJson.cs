using System.Text.Json;
using Zhongyuan.Catalog;

namespace Zhongyuan.Sharing;

/// <summary>How item lists and masking maps are kept in text columns.</summary>
internal static class SharingJson
{
    /// <summary>Item names as a JSON array.</summary>
    public static string Items(IReadOnlyList<string> items) => JsonSerializer.Serialize(items, CatalogJson.Options);

    /// <summary>Reads a stored item list.</summary>
    public static IReadOnlyList<string> Items(string json) => JsonSerializer.Deserialize<List<string>>(json, CatalogJson.Options) ?? [];

    /// <summary>Masking per item as a JSON object of rule names.</summary>
    public static string Masking(IReadOnlyDictionary<string, MaskingRule> masking) =>
        JsonSerializer.Serialize(masking.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal), CatalogJson.Options);

    /// <summary>Reads a stored masking map.</summary>
    public static IReadOnlyDictionary<string, MaskingRule> Masking(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json, CatalogJson.Options) ?? [])
            .ToDictionary(p => p.Key, p => Enum.Parse<MaskingRule>(p.Value), StringComparer.Ordinal);
}
