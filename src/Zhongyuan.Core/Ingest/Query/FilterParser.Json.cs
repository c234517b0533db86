using System.Text.Json;

namespace Zhongyuan.Ingest.Query;

public static partial class FilterParser
{
    private static readonly Dictionary<string, FilterOp> JsonOps = new(StringComparer.OrdinalIgnoreCase)
    {
        ["="] = FilterOp.Equal, ["!="] = FilterOp.NotEqual, ["<>"] = FilterOp.NotEqual, ["<"] = FilterOp.Less,
        ["<="] = FilterOp.LessOrEqual, [">"] = FilterOp.Greater, [">="] = FilterOp.GreaterOrEqual, ["in"] = FilterOp.In,
        ["not in"] = FilterOp.NotIn, ["like"] = FilterOp.Like, ["not like"] = FilterOp.NotLike, ["is null"] = FilterOp.IsNull,
        ["is not null"] = FilterOp.IsNotNull,
    };

    /// <summary>
    /// Parses the JSON form of a filter (for POST bodies): <c>{"and":[…]}</c>, <c>{"or":[…]}</c>, <c>{"not":{…}}</c>,
    /// or a condition <c>{"column":"性别","op":"=","value":"男"}</c>; <c>in</c>/<c>not in</c> take
    /// <c>"values":[…]</c>, <c>is null</c>/<c>is not null</c> take neither. Values are strings, numbers or booleans.
    /// </summary>
    /// <exception cref="QueryException">Malformed JSON or a node of the wrong shape (the message names its JSON path).</exception>
    public static FilterNode ParseJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = (FilterLimits.MaxDepth * 2) + 4 });
            return ParseJson(document.RootElement);
        }
        catch (JsonException e)
        {
            throw QueryException.Of("filter", "filter_json", "筛选条件不是有效的 JSON：" + e.Message, "The filter is not valid JSON: " + e.Message);
        }
    }

    /// <summary>Parses the JSON form of a filter from an element already read (see <see cref="ParseJson(string)"/>).</summary>
    /// <exception cref="QueryException">A node of the wrong shape.</exception>
    public static FilterNode ParseJson(JsonElement element)
    {
        var node = JsonNode(element, "$", 0);
        FilterLimits.Check(node);
        return node;
    }

    private static FilterNode JsonNode(JsonElement e, string path, int depth)
    {
        if (depth > FilterLimits.MaxDepth)
        {
            throw FilterLimits.TooDeep("filter");
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            throw JsonShape(path, "应为对象", "expected an object");
        }

        if (e.TryGetProperty("and", out var and))
        {
            return new FilterNode.And(JsonList(and, path + ".and", depth));
        }

        if (e.TryGetProperty("or", out var or))
        {
            return new FilterNode.Or(JsonList(or, path + ".or", depth));
        }

        return e.TryGetProperty("not", out var not) ? new FilterNode.Not(JsonNode(not, path + ".not", depth + 1)) : JsonCondition(e, path);
    }

    private static List<FilterNode> JsonList(JsonElement e, string path, int depth)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            throw JsonShape(path, "应为数组", "expected an array");
        }

        return [.. e.EnumerateArray().Select((item, i) => JsonNode(item, $"{path}[{i}]", depth + 1))];
    }

    private static FilterNode.Condition JsonCondition(JsonElement e, string path)
    {
        var column = e.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (string.IsNullOrEmpty(column))
        {
            throw JsonShape(path, "应有 and、or、not 或 column", "expected and, or, not or column");
        }

        var opText = e.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        if (opText is null || !JsonOps.TryGetValue(opText.Trim(), out var op))
        {
            throw JsonShape(path + ".op", "运算符无效：" + opText, "unknown operator: " + opText);
        }

        return new FilterNode.Condition(column, op, JsonValues(e, op, path));
    }

    private static List<string> JsonValues(JsonElement e, FilterOp op, string path)
    {
        if (op is FilterOp.IsNull or FilterOp.IsNotNull)
        {
            return [];
        }

        if (op is FilterOp.In or FilterOp.NotIn)
        {
            return e.TryGetProperty("values", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
                ? [.. list.EnumerateArray().Select((v, i) => JsonValue(v, $"{path}.values[{i}]"))]
                : throw JsonShape(path + ".values", "应为非空数组", "expected a non-empty array");
        }

        return e.TryGetProperty("value", out var value)
            ? [JsonValue(value, path + ".value")]
            : throw JsonShape(path + ".value", "缺少值", "the value is missing");
    }

    private static string JsonValue(JsonElement v, string path) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString()!,
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw JsonShape(path, "值应为字符串、数字或布尔值（判断空值请用 is null）", "a value must be a string, number or boolean (use is null for nulls)"),
    };

    private static QueryException JsonShape(string path, string zh, string en) =>
        QueryException.Of("filter", "filter_json", $"筛选条件 {path}：{zh}", $"Filter {path}: {en}");
}
