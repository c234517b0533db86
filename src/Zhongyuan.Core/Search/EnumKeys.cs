using System.Collections.Frozen;
using System.Text.Json;
using Zhongyuan.Localization;

namespace Zhongyuan.Search;

/// <summary>Enum members as facet values: camelCase member names, as <see cref="Catalog.CatalogJson"/> writes them.</summary>
internal static class EnumKeys<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> KeyOf =
        Labels.All<T>().ToFrozenDictionary(p => p.Value, p => JsonNamingPolicy.CamelCase.ConvertName(p.Value.ToString()));

    private static readonly FrozenDictionary<string, string> LabelOf =
        Labels.All<T>().ToFrozenDictionary(p => KeyOf[p.Value], p => p.Label.Zh, StringComparer.Ordinal);

    /// <summary>The facet value of a member.</summary>
    public static string Key(T value) => KeyOf[value];

    /// <summary>The Chinese label of a facet value; the value itself when unknown.</summary>
    public static string Label(string key) => LabelOf.GetValueOrDefault(key, key);

    /// <summary>A filter value given as member name or label, as a facet value; unknown text unchanged.</summary>
    public static string Normalize(string text) => Labels.TryParse<T>(text, out var value) ? KeyOf[value] : text;
}
