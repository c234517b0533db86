using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhongyuan.Tests.Api;

/// <summary>Request bodies and response reading for API tests.</summary>
internal static class JsonBodies
{
    public static JsonObject Population(string name) => JsonNode.Parse($$"""
    {
      "classification": "101001000",
      "name": "{{name}}",
      "abstract": "全省户籍人口基本信息，包括身份号码、姓名、性别和出生日期。",
      "format": "数据库",
      "items": [
        { "name": "公民身份号码", "dataType": "字符型", "length": 18, "sensitivity": "敏感个人信息", "masking": "身份证号", "isKey": true },
        { "name": "姓名", "dataType": "text", "length": 50, "sensitivity": "personal", "masking": "name" },
        { "name": "出生日期", "dataType": "date" }
      ],
      "shareType": "有条件共享",
      "shareConditions": "仅用于身份核验",
      "shareMethods": ["接口", "库表"],
      "openType": "不予开放",
      "updateCycle": "每日",
      "grade": "重要数据",
      "tags": ["人口"],
      "regionCode": "410000"
    }
    """)!.AsObject();

    public static JsonObject Create(string provider, JsonObject metadata) =>
        new() { ["provider"] = provider, ["metadata"] = metadata };

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
