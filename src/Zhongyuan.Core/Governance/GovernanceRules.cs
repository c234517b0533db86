using Zhongyuan.Catalog;
using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>
/// Checks the governance rules a catalog entry carries: item rules name rules of <see cref="RuleLibrary"/> and sit
/// on text items; quality rules name the items their kind needs, and those items exist with suitable types.
/// Runs as one of <see cref="CatalogRules"/>.
/// </summary>
public static class GovernanceRules
{
    /// <summary>The errors found, with field paths such as <c>items[2].rules[0].rule</c> and <c>qualityRules[1].endItem</c>.</summary>
    public static IEnumerable<FieldError> Validate(ResourceMetadata m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return ItemRules(m).Concat(QualityRules(m));
    }

    private static IEnumerable<FieldError> ItemRules(ResourceMetadata m)
    {
        for (var i = 0; i < m.Items.Count; i++)
        {
            var item = m.Items[i];
            var rules = item.Rules ?? [];
            for (var j = 0; j < rules.Count; j++)
            {
                var field = $"items[{i}].rules[{j}].rule";
                if (RuleLibrary.Find(rules[j].Rule ?? "") is null)
                {
                    yield return FieldError.Of(field, "rule_unknown", $"信息项“{item.Name}”的规则“{rules[j].Rule}”不存在",
                        $"Item \"{item.Name}\": there is no rule \"{rules[j].Rule}\"");
                }
                else if (item.DataType != ItemDataType.Text)
                {
                    yield return FieldError.Of(field, "rule_needs_text", $"信息项“{item.Name}”不是字符型，不能设置标准化和校验规则",
                        $"Item \"{item.Name}\" is not text; standardisation and validation rules apply to text items");
                }
            }
        }
    }

    private static IEnumerable<FieldError> QualityRules(ResourceMetadata m)
    {
        var types = m.Items.Where(i => !string.IsNullOrWhiteSpace(i.Name)).GroupBy(i => i.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().DataType, StringComparer.Ordinal);
        for (var k = 0; k < m.QualityRules.Count; k++)
        {
            foreach (var error in QualityRule(m.QualityRules[k], $"qualityRules[{k}]", types))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<FieldError> QualityRule(CrossRule rule, string path, Dictionary<string, ItemDataType> types)
    {
        var needs = rule.Kind switch
        {
            CrossRuleKind.IdAgrees => [Need("idItem", rule.IdItem, ItemDataType.Text)],
            CrossRuleKind.DateOrder => [Need("startItem", rule.StartItem, ItemDataType.Date, ItemDataType.Timestamp), Need("endItem", rule.EndItem, ItemDataType.Date, ItemDataType.Timestamp)],
            CrossRuleKind.RegionAgreesWithAddress => [Need("regionItem", rule.RegionItem), Need("addressItem", rule.AddressItem, ItemDataType.Text)],
            _ => new[] { Need("keyItem", rule.KeyItem) },
        };
        if (rule.Kind == CrossRuleKind.IdAgrees)
        {
            needs = [.. needs, .. rule.BirthDateItem is null && rule.SexItem is null
                ? [Need("birthDateItem", null)]
                : new[] { Optional("birthDateItem", rule.BirthDateItem, ItemDataType.Date, ItemDataType.Timestamp, ItemDataType.Text), Optional("sexItem", rule.SexItem) }];
        }
        foreach (var (field, item, required, allowed) in needs)
        {
            if (item is null)
            {
                if (required)
                {
                    yield return FieldError.Of($"{path}.{field}", "required", $"此类质量规则需要指定 {field}", $"This kind of quality rule needs {field}");
                }
            }
            else if (!types.TryGetValue(item, out var type))
            {
                yield return FieldError.Of($"{path}.{field}", "rule_item_unknown", $"质量规则引用的信息项“{item}”不存在", $"The quality rule names item \"{item}\", which does not exist");
            }
            else if (allowed.Length > 0 && !allowed.Contains(type))
            {
                yield return FieldError.Of($"{path}.{field}", "rule_item_type", $"信息项“{item}”的数据类型不适用于此规则",
                    $"Item \"{item}\" has a data type this rule cannot use");
            }
        }
        if (rule.Kind == CrossRuleKind.ExistsIn)
        {
            if (!ResourceCode.IsWellFormed(rule.Resource))
            {
                yield return FieldError.Of($"{path}.resource", "resource_code_format", "关联比对需要被比对资源的代码（如 101001000-000001）",
                    "An exists-in rule needs the code of the resource to compare with (e.g. 101001000-000001)");
            }
            if (string.IsNullOrWhiteSpace(rule.TargetItem))
            {
                yield return FieldError.Of($"{path}.targetItem", "required", "关联比对需要指定被比对资源的信息项", "An exists-in rule needs the item of the other resource");
            }
        }
    }

    private static (string Field, string? Item, bool Required, ItemDataType[] Allowed) Need(string field, string? item, params ItemDataType[] allowed) =>
        (field, item, true, allowed);

    private static (string Field, string? Item, bool Required, ItemDataType[] Allowed) Optional(string field, string? item, params ItemDataType[] allowed) =>
        (field, item, false, allowed);

    /// <summary>A rule's description for lists and reports, e.g. 身份证号与出生日期、性别一致（公民身份号码、出生日期、性别）.</summary>
    public static LocalizedText Describe(CrossRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var label = Labels.Of(rule.Kind);
        var items = string.Join("、", rule.Items);
        var target = rule.Kind == CrossRuleKind.ExistsIn ? $" → {rule.Resource}:{rule.TargetItem}" : "";
        return new LocalizedText($"{label.Zh}（{items}{target}）", $"{label.En} ({string.Join(", ", rule.Items)}{target})");
    }
}
