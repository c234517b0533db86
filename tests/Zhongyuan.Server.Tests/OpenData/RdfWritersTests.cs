using System.Text.Json;
using Zhongyuan.OpenData.Rdf;

namespace Zhongyuan.Tests.OpenData;

public sealed class RdfWritersTests
{
    private static RdfGraph Tricky()
    {
        var g = new RdfGraph();
        const string s = "http://example.org/dataset/a b<c>";
        g.Type(s, Ns.Dcat + "Dataset");
        g.Text(s, Ns.Dct + "title", "引号\"、反斜杠\\、换行\n回车\r制表\t结束 & <tag> 'x' 😀", "zh");
        g.Text(s, Ns.Dct + "description", "控制字符\u0001被去掉\u0007", "zh");
        g.Text(s, Ns.Dct + "identifier", "]]> --> ${x}");
        g.Text(s, Ns.Dct + "modified", "2024-05-01T08:00:00Z", datatype: Ns.Xsd + "dateTime");
        g.Link(s, Ns.Dcat + "landingPage", "http://example.org/页面?q=a|b^c`d{e}");
        g.Link(s, Ns.Dct + "spatial", "http://example.org/region/410100");
        return g;
    }

    [Fact]
    public async Task TurtleAndRdfXml_TrickyLiteralsAndIris_SameTriples()
    {
        var g = Tricky();

        var fromTurtle = await Rapper.NTriplesAsync(TurtleWriter.Write(g), "turtle");
        var fromXml = await Rapper.NTriplesAsync(RdfXmlWriter.Write(g), "rdfxml");

        Assert.Equal(g.Triples.Count, fromTurtle.Count);
        Assert.Equal(fromTurtle, fromXml);
        Assert.Contains(fromTurtle, l => l.Contains("http://example.org/dataset/a%20b%3Cc%3E", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonLd_TrickyLiterals_RoundTripThroughJson()
    {
        var g = Tricky();

        var doc = JsonDocument.Parse(JsonLdWriter.Write(g)).RootElement;

        var node = Assert.Single(doc.GetProperty("@graph").EnumerateArray());
        Assert.Equal("引号\"、反斜杠\\、换行\n回车\r制表\t结束 & <tag> 'x' 😀", node.GetProperty("dct:title")[0].GetProperty("@value").GetString());
        Assert.Equal("控制字符被去掉", node.GetProperty("dct:description")[0].GetProperty("@value").GetString());
        Assert.Equal("xsd:dateTime", node.GetProperty("dct:modified")[0].GetProperty("@type").GetString());
        Assert.Equal(["dcat:Dataset"], node.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
    }
}
