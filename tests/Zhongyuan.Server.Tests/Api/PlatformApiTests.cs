using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Zhongyuan.Tests.Api;

public sealed class PlatformApiTests(ZhongyuanFactory factory) : IClassFixture<ZhongyuanFactory>
{
    /// <summary>
    /// The OpenAPI document is compared with the committed snapshot so that API changes show in review.
    /// After an intended change, run the tests with ZY_UPDATE_SNAPSHOTS=1 and commit the new snapshot.
    /// </summary>
    [Fact]
    public async Task OpenApi_Document_MatchesSnapshot()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var received = JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var path = Path.Combine(SourceDirectory(), "Api", "openapi.snapshot.json");

        if (Environment.GetEnvironmentVariable("ZY_UPDATE_SNAPSHOTS") == "1")
        {
            await File.WriteAllTextAsync(path, received);
        }

        Assert.True(File.Exists(path), $"No snapshot at {path}; run with ZY_UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal((await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n"), received);
    }

    [Fact]
    public async Task ApiDocs_ScalarPage_Served()
    {
        var response = await factory.CreateClient().GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("scalar", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Metrics_AfterSearch_ExposesPlatformMetrics()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/api/v1/resources/search?q=数据");

        var metrics = await client.GetStringAsync("/metrics");

        Assert.Contains("zhongyuan_catalog_search_duration", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
