using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Zhongyuan.Catalog;

/// <summary>
/// The JSON shape of catalog data, shared by storage, the API, import and export: camelCase names,
/// enums as camelCase member names (Chinese and English labels also accepted on input), Chinese kept
/// readable rather than escaped.
/// </summary>
public static class CatalogJson
{
    /// <summary>The options; frozen, safe to share.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the catalog conventions to an existing options object (e.g. ASP.NET Core's).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new LabeledEnumConverterFactory());
    }

    /// <summary>Serialises metadata for storage.</summary>
    public static string Serialize(ResourceMetadata metadata) => JsonSerializer.Serialize(metadata, Options);

    /// <summary>Reads stored metadata.</summary>
    public static ResourceMetadata Deserialize(string json) =>
        JsonSerializer.Deserialize<ResourceMetadata>(json, Options) ?? throw new JsonException("Empty metadata.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
