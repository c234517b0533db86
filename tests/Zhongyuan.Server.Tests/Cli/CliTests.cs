using System.Text.Json;
using System.Text.Json.Nodes;
using Zhongyuan.Tests.Api;
using ZyCli = Zhongyuan.Cli.Cli;

namespace Zhongyuan.Tests.Cli;

public sealed class CliTests(CliServer server) : IClassFixture<CliServer>
{
    private async Task<CliResult> RunWithTokenAsync(string? token, string[] args)
    {
        var env = new Dictionary<string, string?> { ["ZY_URL"] = server.Url, ["ZY_TOKEN"] = token, ["COLUMNS"] = "200" };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ZyCli.RunAsync(args, output, error, env);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    private Task<CliResult> RunAsync(params string[] args) => RunWithTokenAsync(null, args);

    private Task<CliResult> RunAsAdminAsync(params string[] args) => RunWithTokenAsync(server.Token, args);

    private static string WriteTemp(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zy-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public async Task Run_ServerUnreachable_ExitsThreeWithChineseMessage()
    {
        var url = CliServer.ClosedUrl();

        var result = await RunAsync("departments", "list", "--url", url);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"无法连接到中原服务器 {url}：连接被拒绝", result.Error, StringComparison.Ordinal);
        Assert.Contains("zy serve", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServerUnreachableInEnglish_ExitsThreeWithEnglishMessage()
    {
        var result = await RunAsync("resources", "list", "--url", CliServer.ClosedUrl(), "--lang", "en");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Cannot connect to the Zhongyuan server", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownVerb_ExitsTwo()
    {
        var result = await RunAsync("resources", "frobnicate");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task DepartmentsList_DemoPlatform_ShowsProvincialPublicSecurity()
    {
        var result = await RunAsync("departments", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("河南省公安厅", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcesSearch_Population_FindsAResource()
    {
        var result = await RunAsync("resources", "search", "人口");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"\d{9}-\d{6}", result.Output);
        Assert.Contains("人口", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcesSearch_Json_PrintsParsableResponse()
    {
        var result = await RunAsync("resources", "search", "人口", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        Assert.NotEmpty(json.RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task ResourcesList_All_FollowsCursorToTheEnd()
    {
        var result = await RunAsync("resources", "list", "--limit", "7", "--all", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("items").GetArrayLength() > 7);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task ResourcesCreate_InvalidMetadata_ExitsOneWithFieldErrors()
    {
        var file = WriteTemp("""{"classification":"101001000","name":"","abstract":"测试","regionCode":"410000","items":[]}""");

        var result = await RunAsAdminAsync("resources", "create", "--file", file, "--provider", "河南省公安厅");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("name: 信息资源名称不能为空", result.Error, StringComparison.Ordinal);
        Assert.Contains("items: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcesCreate_MalformedFile_ExitsTwo()
    {
        var result = await RunAsAdminAsync("resources", "create", "--file", WriteTemp("{ not json"));

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task ResourcesSubmit_WithoutToken_ExitsFourAndNamesTheVariable()
    {
        var result = await RunAsync("resources", "submit", "101001000-000001");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("ZY_TOKEN", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResourcesCreateSubmitPublish_ValidMetadata_PublishesTheEntry()
    {
        var body = JsonBodies.Create("河南省公安厅", JsonBodies.Population("命令行测试人口数据")).ToJsonString();
        var created = await RunAsAdminAsync("resources", "create", "--file", WriteTemp(body), "--json");
        Assert.Equal(0, created.ExitCode);
        var code = JsonDocument.Parse(created.Output).RootElement.GetProperty("code").GetString()!;

        Assert.Equal(0, (await RunAsAdminAsync("resources", "submit", code, "--note", "请审核")).ExitCode);
        var published = await RunAsAdminAsync("resources", "publish", code);
        var shown = await RunAsync("resources", "show", code);

        Assert.Equal(0, published.ExitCode);
        Assert.Contains("已发布", published.Output, StringComparison.Ordinal);
        Assert.Contains("命令行测试人口数据", shown.Output, StringComparison.Ordinal);
        Assert.Contains("公民身份号码", shown.Output, StringComparison.Ordinal);
        Assert.Contains("有条件共享", shown.Output, StringComparison.Ordinal);
        Assert.Contains("接口、库表", shown.Output, StringComparison.Ordinal);
        Assert.Contains("敏感个人信息", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CatalogImport_OneRowRejected_ExitsOneAndListsEveryRow()
    {
        var good = JsonBodies.Population("命令行导入测试人口数据");
        var bad = JsonBodies.Population("");
        var file = WriteTemp(new JsonObject
        {
            ["resources"] = new JsonArray(JsonBodies.Create("河南省公安厅", good), JsonBodies.Create("河南省公安厅", bad)),
        }.ToJsonString());

        var result = await RunAsAdminAsync("catalog", "import", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("新建 1 条，更新 0 条，拒绝 1 条", result.Output, StringComparison.Ordinal);
        Assert.Contains("name: 信息资源名称不能为空", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"101001000-\d{6}", result.Output);
    }

    [Fact]
    public async Task CatalogImport_UnknownExtension_ExitsTwo()
    {
        var result = await RunAsAdminAsync("catalog", "import", "catalog.csv");

        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task CatalogExportThenImport_RealServer_RoundTripsWithoutRejects(string format)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zy-cli-export-{Guid.NewGuid():N}.{format}");

        var export = await RunAsync("catalog", "export", file);
        var import = await RunAsAdminAsync("catalog", "import", file);

        Assert.Equal(0, export.ExitCode);
        Assert.True(new FileInfo(file).Length > 1000);
        Assert.False(File.Exists(file + ".part"));
        Assert.Equal(0, import.ExitCode);
        File.Delete(file);
    }

    [Fact]
    public async Task Ingest_Csv_LoadsAndPrintsSummary()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"zy-cli-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "公民身份号码,姓名,性别,出生日期\n410105199001010001,张三,男,1990年1月1日\n410105199001010002,李四,女,1991.2.3\n");
        var search = await RunAsync("resources", "search", "人口基本信息", "--json");
        var code = JsonDocument.Parse(search.Output).RootElement.GetProperty("hits").EnumerateArray()
            .First(h => h.GetProperty("resource").GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息").GetProperty("code").GetString()!;

        var result = await RunAsAdminAsync("ingest", csv, "--resource", code);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已完成", result.Output, StringComparison.Ordinal);
        Assert.Contains("缺少的信息项", result.Output, StringComparison.Ordinal);
        File.Delete(csv);
    }

    [Fact]
    public async Task Ingest_WithoutToken_ExitsFour()
    {
        var csv = Path.Combine(Path.GetTempPath(), $"zy-cli-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "a\n1\n");

        var result = await RunAsync("ingest", csv, "--resource", "101001000-000001");

        Assert.Equal(4, result.ExitCode);
        File.Delete(csv);
    }

    [Fact]
    public async Task Tickets_ListAcceptShow_AdminAnswersTicket()
    {
        var search = await RunAsync("resources", "search", "人口基本信息", "--json");
        var code = JsonDocument.Parse(search.Output).RootElement.GetProperty("hits").EnumerateArray()
            .First(h => h.GetProperty("resource").GetProperty("metadata").GetProperty("name").GetString() == "人口基本信息").GetProperty("code").GetString()!;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Token);
        var filed = await http.PostAsync($"/api/v1/resources/{code}/tickets",
            new StringContent("""{"item":"姓名","reason":"姓名有误"}""", System.Text.Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await filed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var list = await RunAsAdminAsync("tickets", "list", "--mine", "--status", "open");
        var accept = await RunAsAdminAsync("tickets", "accept", id, "--version", "1", "--note", "已更正");
        var show = await RunAsAdminAsync("tickets", "show", id);

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("姓名有误", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, accept.ExitCode);
        Assert.Contains("已采纳", accept.Output, StringComparison.Ordinal);
        Assert.Contains("已更正", show.Output, StringComparison.Ordinal);
        Assert.Contains("提交纠错", show.Output, StringComparison.Ordinal);
    }
}
