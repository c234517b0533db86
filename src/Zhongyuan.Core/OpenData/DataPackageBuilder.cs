using System.Globalization;
using System.Text.Json.Nodes;
using Zhongyuan.Catalog;

namespace Zhongyuan.OpenData;

/// <summary>
/// Describes a resource as a Frictionless Tabular Data Package (v1): one tabular data resource, the CSV of the
/// current data version, with a Table Schema made from the information items (names, types, lengths, key).
/// </summary>
public static class DataPackageBuilder
{
    /// <summary>The Table Schema type of an item type.</summary>
    public static string TypeOf(ItemDataType type) => type switch
    {
        ItemDataType.Integer => "integer",
        ItemDataType.Decimal => "number",
        ItemDataType.Date => "date",
        ItemDataType.Timestamp => "datetime",
        ItemDataType.Boolean => "boolean",
        _ => "string",
    };

    /// <summary>The <c>datapackage.json</c> of <paramref name="resource"/>.</summary>
    /// <param name="resource">The catalog entry.</param>
    /// <param name="data">Its current data version; null when it has none (the package then has no data resource path to fetch, but still its schema).</param>
    /// <param name="dataPath">The path of the CSV: a URL, or <c>data.csv</c> inside a zip.</param>
    /// <param name="baseUrl">The server's base URL, for the package id and homepage.</param>
    public static JsonObject Build(Resource resource, CurrentData? data, string dataPath, string baseUrl)
    {
        var m = resource.Metadata;
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = CkanNames.Package(resource.Code),
            ["id"] = $"{baseUrl}/dataset/{Uri.EscapeDataString(resource.Code)}",
            ["title"] = m.Name,
            ["description"] = m.Abstract,
            ["homepage"] = $"{baseUrl}/api/v1/resources/{Uri.EscapeDataString(resource.Code)}",
            ["version"] = data is null ? null : data.Version.ToString(CultureInfo.InvariantCulture) + ".0.0",
            ["created"] = (data?.LoadedAt ?? resource.UpdatedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["keywords"] = new JsonArray([.. m.Tags.Concat(m.Themes).Distinct(StringComparer.Ordinal).Select(t => (JsonNode?)JsonValue.Create(t))]),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = resource.Provider.Name }),
            ["resources"] = new JsonArray(Table(resource, data, dataPath)),
        };
        if (data is null)
        {
            package.Remove("version");
        }
        return package;
    }

    private static JsonObject Table(Resource resource, CurrentData? data, string dataPath)
    {
        var table = new JsonObject
        {
            ["profile"] = "tabular-data-resource",
            ["name"] = "data",
            ["path"] = dataPath,
            ["title"] = resource.Metadata.Name,
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["header"] = true, ["doubleQuote"] = true },
            ["schema"] = Schema(resource.Metadata.Items),
        };
        if (data is not null)
        {
            table["description"] = $"第 {data.Version} 版数据，{data.RowCount} 行";
        }
        return table;
    }

    /// <summary>The Table Schema of the items: one field each, <c>primaryKey</c> from the key items, empty cells as missing values.</summary>
    public static JsonObject Schema(IReadOnlyList<InformationItem> items)
    {
        var fields = new JsonArray();
        foreach (var item in items)
        {
            fields.Add(Field(item));
        }
        var schema = new JsonObject { ["fields"] = fields, ["missingValues"] = new JsonArray("") };
        var keys = items.Where(i => i.IsKey).Select(i => (JsonNode?)JsonValue.Create(i.Name)).ToArray();
        if (keys.Length > 0)
        {
            schema["primaryKey"] = new JsonArray(keys);
        }
        return schema;
    }

    private static JsonObject Field(InformationItem item)
    {
        var field = new JsonObject
        {
            ["name"] = item.Name,
            ["title"] = item.Name,
            ["type"] = TypeOf(item.DataType),
            ["description"] = Localization.Labels.Zh(item.DataType) + (item.DataElement is { } de ? "，数据元 " + de : ""),
        };
        if (item.DataType is ItemDataType.Date or ItemDataType.Timestamp)
        {
            // The CSV export writes 2024-05-01 and 2024-05-01 08:30:00, which the ISO default of datetime rejects.
            field["format"] = "any";
        }
        if (item.DataType == ItemDataType.Binary)
        {
            field["format"] = "binary";
        }
        var constraints = new JsonObject();
        if (item.IsKey)
        {
            constraints["required"] = true;
        }
        if (item.Length is { } length && item.DataType == ItemDataType.Text)
        {
            constraints["maxLength"] = length;
        }
        if (constraints.Count > 0)
        {
            field["constraints"] = constraints;
        }
        return field;
    }
}
