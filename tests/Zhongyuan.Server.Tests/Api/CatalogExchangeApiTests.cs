using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhongyuan.Tests.Api;

public sealed class CatalogExchangeApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task ExportJson_Published_EveryPublishedEntry()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/catalog/export?format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType, StringComparison.Ordinal);
        var file = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("zhongyuan-catalog", file["format"]!.GetValue<string>());
        var search = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/resources/search?pageSize=1");
        Assert.Equal(search.GetProperty("total").GetInt32(), file["resources"]!.AsArray().Count);
    }

    [Fact]
    public async Task ImportJson_NewAndBadEntries_ReportsRowsAndCreates()
    {
        var file = new JsonObject
        {
            ["format"] = "zhongyuan-catalog",
            ["version"] = 1,
            ["resources"] = new JsonArray(
                new JsonObject { ["provider"] = "河南省公安厅", ["metadata"] = JsonBodies.Population("导入接口测试人口信息") },
                new JsonObject { ["provider"] = "河南省公安厅", ["metadata"] = WithLength(JsonBodies.Population("带单位的长度"), "18位") }),
        };

        var response = await Post(factory.CreateAdminClient(), file.ToJsonString(), "application/json");

        var report = await JsonBodies.ReadAsync(response);
        Assert.Equal(1, report.GetProperty("created").GetArrayLength());
        var rejected = report.GetProperty("rejected")[0];
        Assert.Equal(2, rejected.GetProperty("row").GetInt32());
        Assert.Equal("number_with_unit", rejected.GetProperty("errors")[0].GetProperty("code").GetString());
        var code = report.GetProperty("created")[0].GetProperty("code").GetString();
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAdminClient().GetAsync($"/api/v1/resources/{code}")).StatusCode);
    }

    [Fact]
    public async Task ExportThenImportXlsx_PublishedEntries_UpdatedInPlace()
    {
        var admin = factory.CreateAdminClient();
        var workbook = await admin.GetByteArrayAsync("/api/v1/catalog/export?format=xlsx");

        var response = await Post(admin, workbook, Xlsx);

        var report = await JsonBodies.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(report.GetProperty("rejected").EnumerateArray());
        Assert.True(report.GetProperty("updated").GetArrayLength() > 100);
        Assert.Empty(report.GetProperty("created").EnumerateArray());
    }

    [Fact]
    public async Task Import_Anonymous_Unauthorized()
    {
        var response = await Post(factory.CreateClient(), "[]", "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Import_UnsupportedType_ProblemNamesTheTypes()
    {
        var response = await Post(factory.CreateAdminClient(), "a,b", "text/csv");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotAWorkbook_RowZeroError()
    {
        var response = await Post(factory.CreateAdminClient(), Encoding.UTF8.GetBytes("not a workbook"), Xlsx);

        var report = await JsonBodies.ReadAsync(response);
        Assert.Equal(0, report.GetProperty("rejected")[0].GetProperty("row").GetInt32());
    }

    private static JsonObject WithLength(JsonObject metadata, string length)
    {
        metadata["items"]![0]!["length"] = length;
        return metadata;
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string body, string type) =>
        Post(client, Encoding.UTF8.GetBytes(body), type);

    private static Task<HttpResponseMessage> Post(HttpClient client, byte[] body, string type)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return client.PostAsync("/api/v1/catalog/import", content);
    }
}
