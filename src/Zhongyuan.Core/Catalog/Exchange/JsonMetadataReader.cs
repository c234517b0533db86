using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Zhongyuan.Catalog.Exchange;

/// <summary>
/// Reads the metadata of one JSON entry and turns each <see cref="JsonException"/> into a
/// <see cref="FieldError"/>. The serializer stops at the first bad value, so the bad value is removed
/// and reading starts again, until the entry reads or nothing more can be removed: the department sees
/// all its mistakes at once rather than one per upload.
/// </summary>
internal static partial class JsonMetadataReader
{
    private const int MaxErrors = 50;
    private const string InvalidEnumPrefix = "invalid_enum:";

    public static ResourceMetadata? Read(JsonElement element, List<FieldError> errors)
    {
        var node = JsonObject.Create(element)!;
        FillRequired(node, errors);
        for (var attempt = 0; attempt < MaxErrors; attempt++)
        {
            try
            {
                return node.Deserialize<ResourceMetadata>(CatalogJson.Options);
            }
            catch (JsonException e)
            {
                var path = JsonErrorPath.Parse(e.Path);
                errors.Add(ErrorFor(e, path, node));
                if (!path.TryRemove(node))
                {
                    return null;
                }
            }
        }
        return null;
    }

    // A missing required member would fail the whole entry with one message naming no field;
    // an empty placeholder lets reading go on (the entry is refused anyway, since it has an error).
    private static void FillRequired(JsonObject node, List<FieldError> errors)
    {
        foreach (var property in CatalogJson.Options.GetTypeInfo(typeof(ResourceMetadata)).Properties.Where(p => p.IsRequired))
        {
            var key = JsonErrorPath.Key(node, property.Name);
            if (key is null || node[key] is null)
            {
                errors.Add(ExchangeErrors.Required(property.Name, property.Name));
                node[key ?? property.Name] = "";
            }
        }
    }

    private static FieldError ErrorFor(JsonException e, JsonErrorPath path, JsonNode root)
    {
        var field = path.Field;
        var node = path.Find(root);
        var value = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString();
        return e.Message switch
        {
            WholeNumberConverter.WithUnitError => ExchangeErrors.NumberWithUnit(field),
            WholeNumberConverter.NotANumberError => ExchangeErrors.NotANumber(field, field, value),
            var m when m.StartsWith(InvalidEnumPrefix, StringComparison.Ordinal) => InvalidEnum(field, value, m[InvalidEnumPrefix.Length..]),
            _ => ExchangeErrors.InvalidType(field),
        };
    }

    // The converter lists the allowed values as "conditional (有条件共享), notShared (不予共享)".
    private static FieldError InvalidEnum(string field, string? value, string allowed)
    {
        var pairs = AllowedValue().Matches(allowed);
        return ExchangeErrors.InvalidValue(field, field, value,
            pairs.Select(p => p.Groups["zh"].Value), pairs.Select(p => p.Groups["name"].Value));
    }

    [GeneratedRegex(@"(?<name>[^\s,(]+) \((?<zh>[^)]*)\)")]
    private static partial Regex AllowedValue();
}
