using System.Globalization;
using System.Text.Json;

namespace Zhongyuan.Server.Api;

/// <summary>
/// The parameters of a CKAN action, from the query string (GET) or a JSON or form body (POST). Values from a
/// query string or form are strings; a JSON body keeps its types. Parse errors are collected per field, to be
/// answered as one CKAN validation error.
/// </summary>
internal sealed class CkanParameters
{
    private readonly Dictionary<string, JsonElement> _values;

    private CkanParameters(Dictionary<string, JsonElement> values) => _values = values;

    /// <summary>Field → messages of the values that did not parse.</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads the request; no parameters and an error message when a JSON body is not a JSON object.</summary>
    public static async Task<(CkanParameters? Parameters, string? Error)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = JsonSerializer.SerializeToElement(value.ToString());
        }
        if (HttpMethods.IsPost(request.Method))
        {
            if (request.HasFormContentType)
            {
                foreach (var (key, value) in await request.ReadFormAsync(ct))
                {
                    values[key] = JsonSerializer.SerializeToElement(value.ToString());
                }
            }
            else if (request.ContentLength != 0)
            {
                var error = await ReadJsonAsync(request, values, ct);
                if (error is not null)
                {
                    return (null, error);
                }
            }
        }
        return (new CkanParameters(values), null);
    }

    private static async Task<string?> ReadJsonAsync(HttpRequest request, Dictionary<string, JsonElement> values, CancellationToken ct)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "JSON Error: Request data JSON decoded to '" + document.RootElement.ValueKind + "' but it needs to be a dictionary.";
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.Clone();
            }
            return null;
        }
        catch (JsonException e)
        {
            return "JSON Error: " + e.Message;
        }
    }

    /// <summary>A value as text (numbers and booleans as written); null when absent, null or empty.</summary>
    public string? String(string name) =>
        !_values.TryGetValue(name, out var v) ? null : v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        };

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>; records an error and returns the default otherwise.</summary>
    public int Int(string name, int fallback, int min = 0, int max = int.MaxValue)
    {
        var text = String(name);
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Fail(name, "Invalid integer");
            return fallback;
        }
        if (value < min || value > max)
        {
            Fail(name, value < min ? $"Must be a natural number no less than {min}" : $"Must be less than or equal to {max}");
        }
        return Math.Clamp(value, min, max);
    }

    /// <summary>A boolean (<c>true</c>/<c>false</c>, any case, or <c>1</c>/<c>0</c>); records an error otherwise.</summary>
    public bool Bool(string name, bool fallback)
    {
        switch (String(name)?.ToLowerInvariant())
        {
            case null:
                return fallback;
            case "true" or "1" or "yes":
                return true;
            case "false" or "0" or "no":
                return false;
            default:
                Fail(name, "Value must be one of: True, False");
                return fallback;
        }
    }

    /// <summary>A list: a JSON array, a string holding one, or a comma-separated string; empty when absent.</summary>
    public IReadOnlyList<string> List(string name)
    {
        if (!_values.TryGetValue(name, out var v) || v.ValueKind is JsonValueKind.Null)
        {
            return [];
        }
        if (v.ValueKind == JsonValueKind.String && v.GetString()!.TrimStart().StartsWith('['))
        {
            v = Parse(name, v.GetString()!) ?? default;
        }
        return v.ValueKind switch
        {
            JsonValueKind.Array => [.. v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())],
            JsonValueKind.String => [.. v.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            JsonValueKind.Undefined => [],
            _ => [v.GetRawText()],
        };
    }

    /// <summary>A JSON object, given as one or as a string holding one; null when absent. Records an error for anything else.</summary>
    public JsonElement? Object(string name)
    {
        if (!_values.TryGetValue(name, out var v) || v.ValueKind is JsonValueKind.Null || v.ValueKind == JsonValueKind.String && v.GetString() is "")
        {
            return null;
        }
        if (v.ValueKind == JsonValueKind.String)
        {
            v = Parse(name, v.GetString()!) ?? default;
        }
        if (v.ValueKind == JsonValueKind.Object)
        {
            return v;
        }
        if (v.ValueKind != JsonValueKind.Undefined)
        {
            Fail(name, "Not a json object");
        }
        return null;
    }

    /// <summary>Records a message for a field.</summary>
    public void Fail(string name, string message)
    {
        if (!Errors.TryGetValue(name, out var list))
        {
            Errors[name] = list = [];
        }
        list.Add(message);
    }

    private JsonElement? Parse(string name, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            Fail(name, "Could not parse as valid JSON");
            return null;
        }
    }
}
