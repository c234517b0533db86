using System.Text.Json;
using Zhongyuan.Localization;

namespace Zhongyuan.Ingest.Sources;

/// <summary>The errors users see for JSON and NDJSON files.</summary>
internal static class JsonErrors
{
    public static SourceFileException NotArray(JsonTokenType found) => new("json_not_array", new LocalizedText(
        $"JSON 文件应为对象数组（形如 [{{…}}, {{…}}]），而该文件的顶层是{Describe(found, true)}。如果文件每行一个对象，请使用 .ndjson 或 .jsonl 扩展名。",
        $"A JSON file should be an array of objects (like [{{…}}, {{…}}]), but this file's top level is {Describe(found, false)}. If the file has one object per line, name it .ndjson or .jsonl."),
        line: 1);

    public static SourceFileException NotObject(long? element, long? line) => element is { } n
        ? new("json_not_object", new LocalizedText($"JSON 数组的第 {n} 个元素不是对象。每个元素应为一行数据（{{\"列名\": 值, …}}）。",
            $"Element {n} of the JSON array is not an object. Each element should be one row ({{\"column\": value, …}})."))
        : new("ndjson_bad_line", new LocalizedText($"第 {line} 行不是一个 JSON 对象。NDJSON 文件每行应为一个对象（{{\"列名\": 值, …}}）。",
            $"Line {line} is not a JSON object. Each line of an NDJSON file should be one object ({{\"column\": value, …}})."), line: line);

    public static SourceFileException Malformed(JsonException e, long? line) => new("json_invalid", new LocalizedText(
        $"JSON 格式错误（第 {line} 行）：{e.Message}", $"Malformed JSON (line {line}): {e.Message}"), line: line, inner: e);

    public static SourceFileException Empty() => new("json_empty", new LocalizedText("JSON 文件是空的。", "The JSON file is empty."));

    public static SourceFileException NoColumns() => new("json_no_columns", new LocalizedText(
        "JSON 文件中没有任何带字段的对象，无法确定列。", "The JSON file has no object with any field, so it has no columns."));

    public static SourceFileException Truncated() => new("json_truncated", new LocalizedText(
        "JSON 文件不完整：数组没有结束（文件可能被截断）。", "The JSON file is incomplete: the array never ends (the file may be truncated)."));

    /// <summary>Fails when anything but whitespace follows the array.</summary>
    public static void ThrowUnlessOnlyWhitespace(ByteWindow window)
    {
        while (true)
        {
            if (!window.Data.Trim(" \t\r\n"u8).IsEmpty)
            {
                throw new SourceFileException("json_trailing", new LocalizedText(
                    "JSON 数组结束后还有其他内容。", "There is more content after the end of the JSON array."), window.Offset);
            }
            if (window.Eof)
            {
                return;
            }
            window.Consume(window.Data.Length);
            window.Fill();
        }
    }

    private static string Describe(JsonTokenType token, bool chinese) => token switch
    {
        JsonTokenType.StartObject => chinese ? "一个对象" : "an object",
        JsonTokenType.String => chinese ? "一个字符串" : "a string",
        JsonTokenType.Number => chinese ? "一个数字" : "a number",
        _ => chinese ? "一个单独的值" : "a single value",
    };
}
