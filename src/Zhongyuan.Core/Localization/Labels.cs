using System.Collections.Frozen;
using System.Reflection;

namespace Zhongyuan.Localization;

/// <summary>
/// Maps enum members to their <see cref="LabelAttribute"/> labels and back. Parsing accepts the member
/// name (any case), the Chinese label or the English label, so an import file filled in by hand works.
/// </summary>
public static class Labels
{
    /// <summary>The labels of a member; the member name twice when it has none.</summary>
    public static LocalizedText Of<T>(T value) where T : struct, Enum => Cache<T>.ByValue[value];

    /// <summary>The Chinese label of a member.</summary>
    public static string Zh<T>(T value) where T : struct, Enum => Of(value).Zh;

    /// <summary>Parses a member name, Chinese label or English label; surrounding spaces are ignored.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Cache<T>.ByText.TryGetValue(text.Trim(), out value);
    }

    /// <summary>All members with their labels, in declaration order.</summary>
    public static IReadOnlyList<(T Value, LocalizedText Label)> All<T>() where T : struct, Enum => Cache<T>.Ordered;

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<(T Value, LocalizedText Label)> Ordered = Build();
        public static readonly FrozenDictionary<T, LocalizedText> ByValue =
            Ordered.ToFrozenDictionary(p => p.Value, p => p.Label);
        public static readonly FrozenDictionary<string, T> ByText = BuildTextIndex();

        private static List<(T, LocalizedText)> Build() =>
            [.. typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f =>
            {
                var label = f.GetCustomAttribute<LabelAttribute>();
                var text = label is null ? new LocalizedText(f.Name, f.Name) : new LocalizedText(label.Zh, label.En);
                return ((T)f.GetValue(null)!, text);
            })];

        private static FrozenDictionary<string, T> BuildTextIndex()
        {
            var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var (value, label) in Ordered)
            {
                map.TryAdd(value.ToString(), value);
                map.TryAdd(label.Zh, value);
                map.TryAdd(label.En, value);
            }
            return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }
}
