using System.Text;
using System.Text.Json;
using Zhongyuan.Catalog;
using Zhongyuan.Catalog.Exchange;

namespace Zhongyuan.Tests.Catalog.Exchange;

public sealed class CatalogJsonFileTests
{
    private static readonly DateTimeOffset ExportTime = new(2025, 6, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WriteAsync_ThenReadAsync_ThreeResources_MetadataEqual()
    {
        var entries = await RoundTrip(CatalogSamples.All);

        Assert.Equal(3, entries.Count);
        for (var i = 0; i < 3; i++)
        {
            var original = CatalogSamples.All[i];
            Assert.Empty(entries[i].Errors);
            Assert.Equal(i + 1, entries[i].Row);
            Assert.Equal(original.Code, entries[i].Code);
            Assert.Equal(original.Provider.CreditCode, entries[i].Provider);
            Assert.Equal(CatalogJson.Serialize(original.Metadata), CatalogJson.Serialize(entries[i].Metadata!));
        }
    }

    [Fact]
    public async Task WriteAsync_Resources_WritesHeaderAndProvider()
    {
        using var stream = new MemoryStream();
        await CatalogJsonFile.WriteAsync(stream, [CatalogSamples.Population()], new FixedClock(ExportTime), CancellationToken.None);

        using var document = JsonDocument.Parse(stream.ToArray());
        var root = document.RootElement;
        Assert.Equal("zhongyuan-catalog", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(ExportTime, root.GetProperty("exportedAt").GetDateTimeOffset());
        var resource = root.GetProperty("resources")[0];
        Assert.Equal("河南省公安厅", resource.GetProperty("provider").GetString());
        Assert.Equal("11410000005184117U", resource.GetProperty("providerCode").GetString());
        Assert.Equal("published", resource.GetProperty("status").GetString());
        Assert.Equal("2025-03-15", resource.GetProperty("publishDate").GetString());
        Assert.Contains("人口基本信息", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LengthWithUnit_NumberWithUnitError()
    {
        var entries = await Read(Wrap(Entry(items: """[{"name":"公民身份号码","dataType":"text","length":18},{"name":"姓名","dataType":"text","length":"18位"}]""")));

        var entry = Assert.Single(entries);
        Assert.Null(entry.Metadata);
        var error = Assert.Single(entry.Errors);
        Assert.Equal("items[1].length", error.Field);
        Assert.Equal("number_with_unit", error.Code);
        Assert.Equal("数字请不要带单位，例如“18位”应填写为“18”", error.Message.Zh);
    }

    [Fact]
    public async Task ReadAsync_UnknownEnumLabel_InvalidValueListsChineseLabels()
    {
        var entries = await Read(Wrap(Entry(shareType: "部分共享")));

        var error = Assert.Single(Assert.Single(entries).Errors);
        Assert.Equal("shareType", error.Field);
        Assert.Equal("invalid_value", error.Code);
        Assert.Contains("“部分共享”", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("无条件共享、有条件共享、不予共享", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("unconditional, conditional, notShared", error.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ChineseLabels_Parsed()
    {
        var entries = await Read(Wrap(Entry(shareType: "有条件共享", shareMethods: """["接口","库表"]""",
            items: """[{"name":"公民身份号码","dataType":"字符型","sensitivity":"敏感个人信息","masking":"身份证号"}]""")));

        var metadata = Assert.Single(entries).Metadata!;
        Assert.Equal(ShareType.Conditional, metadata.ShareType);
        Assert.Equal([ShareMethod.Api, ShareMethod.Table], metadata.ShareMethods);
        Assert.Equal(Sensitivity.SensitivePersonal, metadata.Items[0].Sensitivity);
        Assert.Equal(MaskingRule.IdNumber, metadata.Items[0].Masking);
    }

    [Fact]
    public async Task ReadAsync_SeveralBadValuesInOneEntry_ReportsAllAndKeepsOtherEntries()
    {
        var bad = Entry(shareType: "部分共享", items: """[{"name":"姓名","dataType":"文本","length":"50个字"}]""");
        var entries = await Read($"[{bad},{Entry()}]");

        Assert.Equal(2, entries.Count);
        Assert.Equal(["shareType", "items[0].dataType", "items[0].length"], entries[0].Errors.Select(e => e.Field));
        Assert.Null(entries[0].Metadata);
        Assert.Equal(2, entries[1].Row);
        Assert.Empty(entries[1].Errors);
        Assert.NotNull(entries[1].Metadata);
    }

    [Fact]
    public async Task ReadAsync_MissingNameAndProvider_RequiredErrors()
    {
        var entries = await Read("""[{"metadata":{"classification":"101001000","abstract":"摘要","regionCode":"410000"}}]""");

        var errors = Assert.Single(entries).Errors;
        Assert.Contains(errors, e => e is { Field: "provider", Code: "required" });
        Assert.Contains(errors, e => e is { Field: "name", Code: "required" });
    }

    [Fact]
    public async Task ReadAsync_BadResourceCode_CodeFormatError()
    {
        var entries = await Read($"[{Entry(code: "101001000/000001")}]");

        Assert.Equal("code_format", Assert.Single(Assert.Single(entries).Errors).Code);
    }

    [Theory]
    [InlineData("{\"resources\": [")]
    [InlineData("not json at all")]
    [InlineData("\"text\"")]
    [InlineData("{\"format\":\"other\",\"resources\":[]}")]
    public async Task ReadAsync_BadWholeFile_OneErrorAtRowZero(string json)
    {
        var entry = Assert.Single(await Read(json));

        Assert.Equal(0, entry.Row);
        Assert.Null(entry.Metadata);
        Assert.Single(entry.Errors);
    }

    private static async Task<IReadOnlyList<ImportedEntry>> RoundTrip(IEnumerable<Resource> resources)
    {
        using var stream = new MemoryStream();
        await CatalogJsonFile.WriteAsync(stream, resources, CancellationToken.None);
        stream.Position = 0;
        return await CatalogJsonFile.ReadAsync(stream, CancellationToken.None);
    }

    private static async Task<IReadOnlyList<ImportedEntry>> Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await CatalogJsonFile.ReadAsync(stream, CancellationToken.None);
    }

    private static string Wrap(string entry) => $$"""{"format":"zhongyuan-catalog","version":1,"resources":[{{entry}}]}""";

    private static string Entry(string? code = null, string shareType = "unconditional", string shareMethods = """["api"]""",
        string items = """[{"name":"公民身份号码","dataType":"text","length":18}]""") =>
        $$$"""
        {"code":{{{(code is null ? "null" : $"\"{code}\"")}}},"provider":"河南省公安厅","metadata":{"classification":"101001000","name":"人口基本信息",
         "abstract":"全省户籍人口基本信息","regionCode":"410000","shareType":"{{{shareType}}}","shareMethods":{{{shareMethods}}},"items":{{{items}}}}}
        """;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
