using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhongyuan.Catalog;

/// <summary>
/// Reads a whole number given as a JSON number or as text. Text with a unit (<c>"18位"</c>) is refused
/// with the error code <c>number_with_unit</c> so the caller can say precisely what is wrong.
/// </summary>
public sealed class WholeNumberConverter : JsonConverter<int?>
{
    /// <summary>The <see cref="JsonException"/> message for a number typed with a unit.</summary>
    public const string WithUnitError = "number_with_unit";

    /// <summary>The <see cref="JsonException"/> message for text that is not a number.</summary>
    public const string NotANumberError = "not_a_number";

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return number;
            case JsonTokenType.String:
                return NumberText.TryRead(reader.GetString(), out var value) switch
                {
                    NumberText.Outcome.Number => value,
                    NumberText.Outcome.Empty => null,
                    NumberText.Outcome.NumberWithUnit => throw new JsonException(WithUnitError),
                    _ => throw new JsonException(NotANumberError),
                };
            default:
                throw new JsonException(NotANumberError);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
