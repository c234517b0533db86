using System.Net;
using System.Text.Json;

namespace Zhongyuan.Tests.OpenData;

public sealed class DcatApiTests(OpenDataFixture fixture) : IClassFixture<OpenDataFixture>
{
    private HttpClient Anonymous => fixture.Factory.CreateClient();

    [Fact]
    public async Task Catalog_TurtleAndRdfXml_ParsedByRapperWithEqualTripleCounts()
    {
        var ttl = await Anonymous.GetStringAsync("/catalog.ttl");
        var rdf = await Anonymous.GetStringAsync("/catalog.rdf");

        var fromTurtle = await Rapper.CountAsync(ttl, "turtle");
        var fromXml = await Rapper.CountAsync(rdf, "rdfxml");

        Assert.True(fromTurtle > 100, $"only {fromTurtle} triples");
        Assert.Equal(fromTurtle, fromXml);
        Assert.Contains("dcat:Catalog", ttl, StringComparison.Ordinal);
        Assert.Contains($"/dataset/{fixture.OpenCode}>", ttl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_JsonLd_ContextGraphAndSameTriplesAsTurtle()
    {
        var jsonld = JsonDocument.Parse(await Anonymous.GetStringAsync("/catalog.jsonld")).RootElement;
        var ttlCount = await Rapper.CountAsync(await Anonymous.GetStringAsync("/catalog.ttl"), "turtle");

        Assert.Equal("http://www.w3.org/ns/dcat#", jsonld.GetProperty("@context").GetProperty("dcat").GetString());
        var graph = jsonld.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Contains(graph, n => n.TryGetProperty("@type", out var t) && t.EnumerateArray().Any(x => x.GetString() == "dcat:Catalog"));
        var dataset = graph.Single(n => n.GetProperty("@id").GetString()!.EndsWith("/dataset/" + fixture.OpenCode, StringComparison.Ordinal));
        Assert.Equal("zh", dataset.GetProperty("dct:title")[0].GetProperty("@language").GetString());
        Assert.Equal(fixture.Open.GetProperty("metadata").GetProperty("name").GetString(), dataset.GetProperty("dct:title")[0].GetProperty("@value").GetString());
        Assert.Equal("http://publications.europa.eu/resource/authority/access-right/PUBLIC", dataset.GetProperty("dct:accessRights")[0].GetProperty("@id").GetString());
        Assert.StartsWith("http://publications.europa.eu/resource/authority/frequency/", dataset.GetProperty("dct:accrualPeriodicity")[0].GetProperty("@id").GetString(), StringComparison.Ordinal);
        var values = graph.Sum(n => n.EnumerateObject().Where(p => p.Name != "@id").Sum(p => p.Value.GetArrayLength()));
        Assert.Equal(ttlCount, values);
    }

    [Fact]
    public async Task Catalog_Anonymous_OnlyOpenDatasets()
    {
        var anonymous = await Anonymous.GetStringAsync("/catalog.ttl?page_size=1000");
        var developer = await fixture.Developer.GetStringAsync("/catalog.ttl?page_size=1000");

        Assert.DoesNotContain("access-right/NON_PUBLIC", anonymous, StringComparison.Ordinal);
        Assert.Contains("access-right/NON_PUBLIC", developer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_Paged_HydraLinksAndDisjointPages()
    {
        var first = await Anonymous.GetStringAsync("/catalog.ttl?page_size=5");
        var second = await Anonymous.GetStringAsync("/catalog.ttl?page_size=5&page=2");

        Assert.Contains("hydra:PartialCollectionView", first, StringComparison.Ordinal);
        Assert.Contains("hydra:next <http://localhost/catalog.ttl?page_size=5&page=2>", first, StringComparison.Ordinal);
        Assert.Contains("hydra:previous <http://localhost/catalog.ttl?page_size=5&page=1>", second, StringComparison.Ordinal);
        Assert.Equal(5, Datasets(first).Count);
        Assert.Empty(Datasets(first).Intersect(Datasets(second)));
        await Rapper.CountAsync(second, "turtle");
    }

    [Fact]
    public async Task Catalog_ModifiedSinceFuture_NoDatasetsAndBadValue400()
    {
        var future = await Anonymous.GetStringAsync("/catalog.ttl?modified_since=2999-01-01T00:00:00Z");
        var bad = await Anonymous.GetAsync("/catalog.ttl?modified_since=yesterday");

        Assert.Empty(Datasets(future));
        Assert.Contains("hydra:totalItems \"0\"", future, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("ttl", "turtle")]
    [InlineData("rdf", "rdfxml")]
    public async Task Dataset_OpenResource_ParsesWithDistribution(string ext, string syntax)
    {
        var response = await Anonymous.GetAsync($"/dataset/{fixture.OpenCode}.{ext}");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Rapper.CountAsync(text, syntax) > 20);
        Assert.Contains("downloadURL", text, StringComparison.Ordinal);
        Assert.Contains("file-type/CSV", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dataset_JsonLdAndClosedResource_ContentTypeAnd404()
    {
        var response = await Anonymous.GetAsync($"/dataset/{fixture.OpenCode}.jsonld");
        var closed = await Anonymous.GetAsync("/dataset/999999999-999999.ttl");

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("@graph").GetArrayLength() > 3);
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
    }

    private static List<string> Datasets(string turtle) =>
        [.. turtle.Split('\n').Where(l => l.StartsWith("<http://localhost/dataset/", StringComparison.Ordinal) && !l.Contains("/distribution/", StringComparison.Ordinal))];
}
