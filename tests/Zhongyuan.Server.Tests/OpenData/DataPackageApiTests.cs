using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace Zhongyuan.Tests.OpenData;

public sealed class DataPackageApiTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private HttpClient Anonymous => fixture.Factory.CreateClient();

    [Fact]
    public async Task Descriptor_OpenResource_SchemaMatchesItems()
    {
        var package = JsonDocument.Parse(await Anonymous.GetStringAsync($"/api/v1/resources/{fixture.OpenCode}/datapackage.json")).RootElement;

        Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
        Assert.Equal(fixture.Open.GetProperty("metadata").GetProperty("name").GetString(), package.GetProperty("title").GetString());
        var resource = package.GetProperty("resources")[0];
        Assert.EndsWith($"/api/v1/resources/{fixture.OpenCode}/data/export?format=csv", resource.GetProperty("path").GetString(), StringComparison.Ordinal);
        var items = OpenDataFixture.Items(fixture.Open).ToList();
        var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(items.Select(i => i.GetProperty("name").GetString()), fields.Select(f => f.GetProperty("name").GetString()));
        var expected = items.Select(i => i.GetProperty("dataType").GetString() switch
        {
            "integer" => "integer", "decimal" => "number", "date" => "date", "timestamp" => "datetime", "boolean" => "boolean", _ => "string",
        });
        Assert.Equal(expected, fields.Select(f => f.GetProperty("type").GetString()));
        var keys = items.Where(i => i.TryGetProperty("isKey", out var k) && k.GetBoolean()).Select(i => i.GetProperty("name").GetString()).ToList();
        if (keys.Count > 0)
        {
            Assert.Equal(keys, resource.GetProperty("schema").GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()));
        }
        else
        {
            Assert.False(resource.GetProperty("schema").TryGetProperty("primaryKey", out _));
        }
    }

    [Fact]
    public async Task Zip_OpenResource_DescriptorAndCsvWithAllRows()
    {
        var response = await Anonymous.GetAsync($"/api/v1/resources/{fixture.OpenCode}/datapackage.zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["data.csv", "datapackage.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var descriptor = JsonDocument.Parse(zip.GetEntry("datapackage.json")!.Open());
        Assert.Equal("data.csv", descriptor.RootElement.GetProperty("resources")[0].GetProperty("path").GetString());
        using var reader = new StreamReader(zip.GetEntry("data.csv")!.Open());
        var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(OpenDataFixture.Rows + 1, lines.Length);
    }

    [Fact]
    public async Task ClosedOrConditional_Anonymously_NotFound()
    {
        var zip = await Anonymous.GetAsync($"/api/v1/resources/{fixture.ConditionalCode}/datapackage.zip");
        var descriptor = await Anonymous.GetAsync($"/api/v1/resources/{fixture.ConditionalCode}/datapackage.json");
        var analystZip = await fixture.Analyst.GetAsync($"/api/v1/resources/{fixture.ConditionalCode}/datapackage.zip");

        Assert.Equal(HttpStatusCode.NotFound, zip.StatusCode);
        Assert.Equal(HttpStatusCode.OK, descriptor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, analystZip.StatusCode);
    }
}
