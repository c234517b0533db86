using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Zhongyuan.Tests;

/// <summary>The open demo resource the browser tests load data into, and the data they load.</summary>
public sealed record OpenResource(string Code, string Name, IReadOnlyList<OpenResource.Item> Items)
{
    /// <summary>An information item.</summary>
    public sealed record Item(string Name, string Type, int? Length, bool HasRules);

    public static OpenResource From(JsonElement resource)
    {
        var metadata = resource.GetProperty("metadata");
        var items = metadata.GetProperty("items").EnumerateArray().Select(i => new Item(
            i.GetProperty("name").GetString()!, i.GetProperty("dataType").GetString()!,
            i.TryGetProperty("length", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null,
            (i.TryGetProperty("rules", out var r) && r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0)
            || (i.TryGetProperty("dataElement", out var d) && d.ValueKind == JsonValueKind.String))).ToList();
        return new OpenResource(resource.GetProperty("code").GetString()!, metadata.GetProperty("name").GetString()!, items);
    }

    /// <summary>The first integer item: values 1001 … 1000 + rows, in row order.</summary>
    public Item IntegerItem => Items.First(i => i.Type == "integer");

    /// <summary>The first text item: values as <see cref="Value"/> gives them.</summary>
    public Item TextItem => Items.First(i => i.Type == "text");

    /// <summary>A CSV with a header of the item names and one line per row.</summary>
    public string Csv(int rows)
    {
        var csv = new StringBuilder(string.Join(",", Items.Select(i => i.Name)) + "\n");
        for (var r = 1; r <= rows; r++)
        {
            csv.Append(string.Join(",", Items.Select(i => Value(i, r)))).Append('\n');
        }
        return csv.ToString();
    }

    /// <summary>The value of an item in row <paramref name="r"/> (1-based).</summary>
    public static string Value(Item item, int r) => item.Type switch
    {
        "integer" => (1000 + r).ToString(CultureInfo.InvariantCulture),
        "decimal" => (r * 1.5m).ToString(CultureInfo.InvariantCulture),
        "date" => $"2024-01-{1 + (r % 28):00}",
        "timestamp" => $"2024-01-{1 + (r % 28):00} 10:00:00",
        "boolean" => r % 2 == 0 ? "true" : "false",
        _ when item.Length is < 6 => (r % 10).ToString(CultureInfo.InvariantCulture),
        _ when item.Length is 6 => (410100 + r).ToString(CultureInfo.InvariantCulture),
        _ => $"值{r:00}",
    };
}
