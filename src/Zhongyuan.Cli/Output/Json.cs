using System.Globalization;
using System.Text.Json;

namespace Zhongyuan.Cli.Output;

/// <summary>Reads loosely typed response fields for display; a missing field reads as empty.</summary>
internal static class Json
{
    public static string Str(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? Display(value) : "";

    public static JsonElement Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];

    public static string Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(Display)),
        JsonValueKind.Object => value.GetRawText(),
        _ => "",
    };

    /// <summary>The date part of an ISO 8601 timestamp, or the text as given.</summary>
    public static string Date(this JsonElement element, string name)
    {
        var text = element.Str(name);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : text;
    }
}
