using Zhongyuan.Catalog;
using Zhongyuan.Governance;
using Zhongyuan.Tests.Catalog;

namespace Zhongyuan.Tests.Governance;

public sealed class GovernancePlanTests
{
    private static ResourceMetadata With(params InformationItem[] items) => SampleMetadata.Population() with { Items = items };

    [Fact]
    public void For_ItemDeclaringIdElement_GetsIdRulesAsWarnings()
    {
        var plan = GovernancePlan.For(With(new InformationItem("公民身份号码", ItemDataType.Text, 18, "DE00001")));

        var item = Assert.Single(plan.Items);
        Assert.Equal([RuleLibrary.IdNormalize], item.Standardizers.Select(s => s.Code));
        Assert.Contains(item.Validators, v => v.Rule.Code == RuleLibrary.IdNumber && v.Severity == RuleSeverity.Warning);
    }

    [Fact]
    public void For_ItemRuleNamingStandardRule_ReplacesItsSeverity()
    {
        var plan = GovernancePlan.For(With(new InformationItem("公民身份号码", ItemDataType.Text, 18, "DE00001", Rules: [new ItemRule(RuleLibrary.IdNumber)])));

        var item = Assert.Single(plan.Items);
        Assert.Equal(RuleSeverity.Error, item.Validators.Single(v => v.Rule.Code == RuleLibrary.IdNumber).Severity);
        Assert.Equal([RuleLibrary.IdNumber], item.ValidatorsOf(RuleSeverity.Error).Select(r => r.Code));
    }

    [Fact]
    public void For_NonTextItemAndUnknownElement_GetNoRules()
    {
        var plan = GovernancePlan.For(With(new InformationItem("出生日期", ItemDataType.Date, null, "DE00004"), new InformationItem("备注", ItemDataType.Text, 10, "DE99999")));

        Assert.Empty(plan.Items);
    }

    [Fact]
    public void For_OwnRulesWithoutElement_KeepsTheirOrderStandardisersFirst()
    {
        var plan = GovernancePlan.For(With(new InformationItem("电话", ItemDataType.Text, 20,
            Rules: [new ItemRule(RuleLibrary.Phone, RuleSeverity.Warning), new ItemRule(RuleLibrary.FullWidth), new ItemRule(RuleLibrary.Whitespace)])));

        var item = Assert.Single(plan.Items);
        Assert.Equal([RuleLibrary.FullWidth, RuleLibrary.Whitespace], item.Standardizers.Select(s => s.Code));
        Assert.Equal([RuleLibrary.Phone], item.ValidatorsOf(RuleSeverity.Warning).Select(r => r.Code));
    }

    [Fact]
    public void DataElementStandards_EveryRuleExistsInLibrary()
    {
        foreach (var element in DataElementStandards.All)
        {
            Assert.All(element.Rules, r => Assert.NotNull(RuleLibrary.Find(r.Rule)));
        }
        Assert.Equal("公民身份号码", DataElementStandards.Find("DE00001")!.Name);
    }

    [Fact]
    public void RuleLibrary_EveryValidatorFailureHasMessage()
    {
        Assert.Equal("公民身份号码校验码错误", RuleLibrary.Message("id_number.bad_check_character")!.Zh);
        Assert.Equal("Resident ID number", RuleLibrary.Message("id_number.something_new")!.En);
        Assert.Null(RuleLibrary.Message("no_such_rule"));
        Assert.All(RuleLibrary.All, r => Assert.True(r.Kind == ValueRuleKind.Standardizer ? r.Standardize is not null : r.Check is not null));
    }
}
