using Zhongyuan.Catalog;
using Zhongyuan.Demo;

namespace Zhongyuan.Tests.Demo;

public sealed class DemoCatalogTests
{
    private static readonly IReadOnlyList<DemoResource> Entries = DemoCatalog.Generate();

    [Fact]
    public void Generate_Default_ReturnsAboutTwoHundred()
    {
        Assert.InRange(Entries.Count, 180, 220);
    }

    [Fact]
    public void Generate_SameSeed_IdenticalJson()
    {
        Assert.Equal(Serialized(DemoCatalog.Generate(2026)), Serialized(DemoCatalog.Generate(2026)));
    }

    [Fact]
    public void Generate_OtherSeed_DifferentJson()
    {
        Assert.NotEqual(Serialized(DemoCatalog.Generate(1)), Serialized(DemoCatalog.Generate(2)));
    }

    [Fact]
    public void Generate_EveryEntry_PassesCatalogRulesWithUniqueNamesPerProvider()
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var existing = keys.TryGetValue(entry.ProviderName, out var set) ? set : keys[entry.ProviderName] = new(StringComparer.Ordinal);
            var errors = CatalogRules.Validate(entry.Metadata, new CatalogRuleContext(existing, _ => true));
            Assert.True(errors.Count == 0, $"{entry.ProviderName}/{entry.Metadata.Name}: {string.Join("; ", errors)}");
            existing.Add(NameKey.Of(entry.Metadata.Name));
        }
    }

    [Fact]
    public void Generate_Classifications_CoverAllKindsAndManyItems()
    {
        var classifications = Entries.Select(e => Classification.TryParse(e.Metadata.Classification, out var c) ? c : null).ToList();
        Assert.All(classifications, Assert.NotNull);
        Assert.Equal([ClassKind.Basic, ClassKind.Thematic, ClassKind.Departmental], classifications.Select(c => c!.Kind).Distinct().Order());
        Assert.True(classifications.Select(c => (c!.Kind, c.Item)).Distinct().Count() >= 15);
    }

    [Fact]
    public void Generate_Providers_AtLeastTwentyIncludingCityBureaus()
    {
        var providers = Entries.Select(e => e.ProviderName).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(providers.Count >= 20, $"{providers.Count} providers");
        Assert.Contains("河南省公安厅", providers);
        Assert.Contains("郑州市大数据管理局", providers);
    }

    [Fact]
    public void Generate_RegionCodes_ProvinceForProvincialProvidersCityForCityBureaus()
    {
        Assert.All(Entries.Where(e => e.ProviderName.StartsWith("河南省", StringComparison.Ordinal)),
            e => Assert.Equal("410000", e.Metadata.RegionCode));
        Assert.All(Entries.Where(e => e.ProviderName.StartsWith("郑州市", StringComparison.Ordinal)),
            e => Assert.Equal("410100", e.Metadata.RegionCode));
        Assert.All(Entries.Where(e => e.ProviderName.StartsWith("南阳市", StringComparison.Ordinal)),
            e => Assert.Equal("411300", e.Metadata.RegionCode));
    }

    [Fact]
    public void Generate_ShareAndOpenTypes_EachOccurs()
    {
        Assert.Equal(Enum.GetValues<ShareType>(), Entries.Select(e => e.Metadata.ShareType).Distinct().Order());
        Assert.Equal(Enum.GetValues<OpenType>(), Entries.Select(e => e.Metadata.OpenType).Distinct().Order());
        Assert.True(Entries.Count(e => e.Metadata.ShareType == ShareType.NotShared) < Entries.Count / 10);
    }

    [Fact]
    public void Generate_CoreData_NeverOpen()
    {
        var core = Entries.Where(e => e.Metadata.Grade == DataGrade.Core).ToList();
        Assert.NotEmpty(core);
        Assert.All(core, e => Assert.Equal(OpenType.NotOpen, e.Metadata.OpenType));
    }

    [Fact]
    public void Generate_Entries_HaveThreeToTwelveItemsWithAKey()
    {
        Assert.All(Entries, e =>
        {
            Assert.InRange(e.Metadata.Items.Count, 3, 12);
            Assert.Contains(e.Metadata.Items, i => i.IsKey);
        });
    }

    [Fact]
    public void Generate_PersonalItems_AreMaskedPerDefaultRule()
    {
        var items = Entries.SelectMany(e => e.Metadata.Items).ToList();
        Assert.All(items.Where(i => i.Name == "公民身份号码"), i =>
            Assert.Equal((Sensitivity.SensitivePersonal, MaskingRule.IdNumber, "DE00001"), (i.Sensitivity, i.Masking, i.DataElement)));
        Assert.All(items.Where(i => i.Name == "姓名"), i => Assert.Equal((Sensitivity.Personal, MaskingRule.Name), (i.Sensitivity, i.Masking)));
        Assert.All(items.Where(i => i.Name is "手机号码" or "联系电话"), i => Assert.Equal((Sensitivity.Personal, MaskingRule.Phone), (i.Sensitivity, i.Masking)));
        Assert.All(items.Where(i => i.Name == "银行卡号"), i => Assert.Equal((Sensitivity.SensitivePersonal, MaskingRule.BankCard), (i.Sensitivity, i.Masking)));
        Assert.Contains(items, i => i.Name == "住址" || i.Masking == MaskingRule.Address);
    }

    [Fact]
    public void Generate_TagsAndThemes_FollowOpenType()
    {
        Assert.All(Entries, e =>
        {
            Assert.InRange(e.Metadata.Tags.Count, 2, 5);
            Assert.InRange(e.Metadata.Themes.Count, e.Metadata.OpenType == OpenType.NotOpen ? 0 : 1, e.Metadata.OpenType == OpenType.NotOpen ? 0 : 2);
            Assert.Empty(e.Metadata.RelatedCodes);
        });
    }

    [Fact]
    public void Generate_Publish_AboutNinetyPercent()
    {
        Assert.InRange(Entries.Count(e => e.Publish), Entries.Count * 8 / 10, Entries.Count * 97 / 100);
        Assert.Contains(Entries, e => !e.Publish);
    }

    [Fact]
    public void Generate_SmallCount_SpreadsOverProviders()
    {
        var few = DemoCatalog.Generate(count: 25);
        Assert.Equal(25, few.Count);
        Assert.Equal(25, few.Select(e => e.ProviderName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_NegativeOrHugeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoCatalog.Generate(count: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoCatalog.Generate(count: 100_000));
    }

    private static List<string> Serialized(IReadOnlyList<DemoResource> entries) =>
        [.. entries.Select(e => $"{e.ProviderName}|{e.Publish}|{CatalogJson.Serialize(e.Metadata)}")];
}
