using System.Text.Json;
using System.Text.Json.Serialization;
using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>
/// Writes enums as camelCase member names and reads member names, Chinese labels or English labels,
/// so a steward may send <c>"shareType": "有条件共享"</c> as well as <c>"conditional"</c>.
/// </summary>
internal sealed class LabeledEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && Labels.TryParse<T>(reader.GetString(), out var value))
            {
                return value;
            }
            var allowed = string.Join(", ", Labels.All<T>().Select(p => $"{JsonNamingPolicy.CamelCase.ConvertName(p.Value.ToString())} ({p.Label.Zh})"));
            throw new JsonException($"invalid_enum:{allowed}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
    }
}
