using Zhongyuan.Catalog;

namespace Zhongyuan.Tests.Catalog;

public sealed class CatalogRulesTests
{
    private static readonly CatalogRuleContext Empty = new(new HashSet<string>(StringComparer.Ordinal), code => code.StartsWith("41", StringComparison.Ordinal));

    private static IReadOnlyList<FieldError> Validate(ResourceMetadata m) => CatalogRules.Validate(m, Empty);

    [Fact]
    public void Validate_SampleEntries_HaveNoErrors()
    {
        Assert.Empty(Validate(SampleMetadata.Population()));
        Assert.Empty(Validate(SampleMetadata.AirQuality()));
    }

    [Fact]
    public void NotSharedNeedsBasis_NoBasis_ErrorOnShareBasisInBothLanguages()
    {
        var m = SampleMetadata.Population() with { ShareType = ShareType.NotShared, ShareBasis = " " };

        var error = Assert.Single(CatalogRules.NotSharedNeedsBasis(m));

        Assert.Equal("shareBasis", error.Field);
        Assert.Contains("依据", error.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("basis", error.Message.En, StringComparison.Ordinal);
        Assert.Empty(CatalogRules.NotSharedNeedsBasis(m with { ShareBasis = "《中华人民共和国个人信息保护法》" }));
    }

    [Fact]
    public void ConditionalShareNeedsConditions_NoConditions_Error()
    {
        var m = SampleMetadata.Population() with { ShareConditions = null };

        Assert.Equal("share_conditions_required", Assert.Single(CatalogRules.ConditionalShareNeedsConditions(m)).Code);
    }

    [Fact]
    public void UnconditionalOpen_ConditionalShare_Error()
    {
        var m = SampleMetadata.AirQuality() with { ShareType = ShareType.Conditional, ShareConditions = "仅限政府部门" };

        Assert.Contains(Validate(m), e => e.Code == "open_requires_unconditional_share");
    }

    [Fact]
    public void UnconditionalOpen_PersonalItem_Error()
    {
        var air = SampleMetadata.AirQuality();
        var m = air with { Items = [.. air.Items, new InformationItem("联系人手机号码", ItemDataType.Text, 11, Sensitivity: Sensitivity.Personal, Masking: MaskingRule.Phone)] };

        Assert.Contains(Validate(m), e => e.Code == "open_personal_information");
    }

    [Theory]
    [InlineData(OpenType.Unconditional)]
    [InlineData(OpenType.Conditional)]
    public void CoreDataNotOpen_OpenCoreData_Error(OpenType open)
    {
        var m = SampleMetadata.AirQuality() with { Grade = DataGrade.Core, OpenType = open, OpenConditions = "注册审批" };

        Assert.Equal("core_data_not_open", Assert.Single(CatalogRules.CoreDataNotOpen(m)).Code);
    }

    [Fact]
    public void AtLeastOneItem_NoItems_Error()
    {
        Assert.Contains(Validate(SampleMetadata.Population() with { Items = [] }), e => e is { Field: "items", Code: "items_required" });
    }

    [Theory]
    [InlineData(ResourceFormat.ElectronicFile, ShareMethod.Api, false)]
    [InlineData(ResourceFormat.ElectronicFile, ShareMethod.File, true)]
    [InlineData(ResourceFormat.Spreadsheet, ShareMethod.Table, false)]
    [InlineData(ResourceFormat.Spreadsheet, ShareMethod.Api, true)]
    [InlineData(ResourceFormat.Database, ShareMethod.Table, true)]
    [InlineData(ResourceFormat.Image, ShareMethod.Table, false)]
    [InlineData(ResourceFormat.SelfDescribing, ShareMethod.Api, true)]
    public void Fits_FormatAndMethod_MatchesTable(ResourceFormat format, ShareMethod method, bool fits)
    {
        Assert.Equal(fits, CatalogRules.Fits(format, method));
        var m = SampleMetadata.AirQuality() with { Format = format, ShareMethods = [method] };
        Assert.Equal(!fits, CatalogRules.FormatFitsShareMethods(m).Any());
    }

    [Theory]
    [InlineData("人口 基本信息")]
    [InlineData("人口基本信息。")]
    [InlineData("“人口基本信息”")]
    [InlineData("人口-基本-信息")]
    [InlineData("人口基本信息\u200b")]
    public void NameDistinct_DiffersOnlyByPunctuationOrSpace_Error(string name)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of("人口基本信息") };

        Assert.Single(CatalogRules.NameDistinct(SampleMetadata.Population(name), existing));
    }

    [Fact]
    public void NameDistinct_RealDifference_NoError()
    {
        var existing = new HashSet<string>(StringComparer.Ordinal) { NameKey.Of("人口基本信息") };

        Assert.Empty(CatalogRules.NameDistinct(SampleMetadata.Population("流动人口基本信息"), existing));
    }

    [Theory]
    [InlineData("人口信息管理系统")]
    [InlineData("全省政务服务平台")]
    public void NotSystemName_SystemName_Error(string name) =>
        Assert.Equal("system_name", Assert.Single(CatalogRules.NotSystemName(SampleMetadata.Population(name))).Code);

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("4010010")]
    [InlineData("abc")]
    public void ClassificationKnown_Malformed_Error(string code) =>
        Assert.Equal("classification_format", Assert.Single(CatalogRules.ClassificationKnown(SampleMetadata.Population() with { Classification = code })).Code);

    [Fact]
    public void ClassificationKnown_UnknownItem_Error() =>
        Assert.Equal("classification_item_unknown", Assert.Single(CatalogRules.ClassificationKnown(SampleMetadata.Population() with { Classification = "109001000" })).Code);

    [Fact]
    public void RegionKnown_UnknownRegion_Error() =>
        Assert.Contains(Validate(SampleMetadata.Population() with { RegionCode = "990000" }), e => e.Code == "region_unknown");

    [Fact]
    public void ItemsWellFormed_DuplicateAndNonPositive_Errors()
    {
        var m = SampleMetadata.Population() with
        {
            Items = [new("姓名", ItemDataType.Text, 50), new("姓 名", ItemDataType.Text, 0)],
        };

        var errors = CatalogRules.ItemsWellFormed(m).ToList();

        Assert.Contains(errors, e => e is { Field: "items[1].name", Code: "item_duplicate" });
        Assert.Contains(errors, e => e is { Field: "items[1].length", Code: "length_positive" });
    }

    [Fact]
    public void ConditionalOpen_NoConditions_Error() =>
        Assert.Equal("open_conditions_required", Assert.Single(CatalogRules.ConditionalOpenNeedsConditions(
            SampleMetadata.AirQuality() with { OpenType = OpenType.Conditional })).Code);

    [Fact]
    public void ThemesKnown_Unknown_Error() =>
        Assert.Single(CatalogRules.ThemesKnown(SampleMetadata.AirQuality() with { Themes = ["外星人"] }));
}
