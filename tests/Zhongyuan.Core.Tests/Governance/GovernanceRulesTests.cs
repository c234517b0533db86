using Zhongyuan.Catalog;
using Zhongyuan.Governance;
using Zhongyuan.Tests.Catalog;

namespace Zhongyuan.Tests.Governance;

public sealed class GovernanceRulesTests
{
    private static IReadOnlyList<FieldError> Errors(ResourceMetadata m) => [.. GovernanceRules.Validate(m)];

    [Fact]
    public void Validate_SampleWithRules_NoErrors()
    {
        var m = SampleMetadata.Population() with
        {
            QualityRules = [new CrossRule { Kind = CrossRuleKind.IdAgrees, IdItem = "公民身份号码", BirthDateItem = "出生日期", SexItem = "性别" }],
        };

        Assert.Empty(Errors(m));
    }

    [Fact]
    public void Validate_UnknownRule_ErrorOnItsPath()
    {
        var m = SampleMetadata.Population();
        m = m with { Items = [m.Items[0] with { Rules = [new ItemRule("no_such_rule")] }, .. m.Items.Skip(1)] };

        var error = Assert.Single(Errors(m));
        Assert.Equal(("items[0].rules[0].rule", "rule_unknown"), (error.Field, error.Code));
    }

    [Fact]
    public void Validate_RuleOnDateItem_Refused()
    {
        var m = SampleMetadata.Population();
        m = m with { Items = [.. m.Items.Take(3), m.Items[3] with { Rules = [new ItemRule(RuleLibrary.Whitespace)] }, m.Items[4]] };

        Assert.Equal("rule_needs_text", Assert.Single(Errors(m)).Code);
    }

    [Fact]
    public void Validate_CrossRuleWithMissingOrUnknownOrWrongTypedItems_EachReported()
    {
        var m = SampleMetadata.Population() with
        {
            QualityRules =
            [
                new CrossRule { Kind = CrossRuleKind.DateOrder, StartItem = "出生日期" },
                new CrossRule { Kind = CrossRuleKind.IdAgrees, IdItem = "身份证" },
                new CrossRule { Kind = CrossRuleKind.DateOrder, StartItem = "姓名", EndItem = "出生日期" },
                new CrossRule { Kind = CrossRuleKind.ExistsIn, KeyItem = "公民身份号码", Resource = "bad" },
            ],
        };

        var errors = Errors(m).Select(e => (e.Field, e.Code)).ToList();

        Assert.Contains(("qualityRules[0].endItem", "required"), errors);
        Assert.Contains(("qualityRules[1].idItem", "rule_item_unknown"), errors);
        Assert.Contains(("qualityRules[1].birthDateItem", "required"), errors);
        Assert.Contains(("qualityRules[2].startItem", "rule_item_type"), errors);
        Assert.Contains(("qualityRules[3].resource", "resource_code_format"), errors);
        Assert.Contains(("qualityRules[3].targetItem", "required"), errors);
    }

    [Fact]
    public void CatalogRules_IncludeGovernanceRules()
    {
        var m = SampleMetadata.Population();
        m = m with { Items = [m.Items[0] with { Rules = [new ItemRule("nope")] }, .. m.Items.Skip(1)] };

        Assert.Contains(CatalogRules.Validate(m, new CatalogRuleContext(new HashSet<string>(), _ => true)), e => e.Code == "rule_unknown");
    }
}
