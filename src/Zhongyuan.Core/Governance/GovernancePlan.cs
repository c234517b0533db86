using Zhongyuan.Catalog;

namespace Zhongyuan.Governance;

/// <summary>
/// The effective rules of a resource: per text item, the rules of its data-element standard (<see cref="DataElementStandards"/>)
/// followed by the item's own; an item rule naming a rule the standard already has replaces it (e.g. to make a
/// validator a warning). Items that are not text get no value rules (their type conversion already judged them).
/// </summary>
public sealed record GovernancePlan(IReadOnlyList<ItemGovernance> Items, IReadOnlyList<CrossRule> CrossRules)
{
    /// <summary>A plan with no rules.</summary>
    public static GovernancePlan None { get; } = new([], []);

    /// <summary>Whether any rule applies.</summary>
    public bool IsEmpty => Items.Count == 0 && CrossRules.Count == 0;

    /// <summary>The plan of a resource's metadata; unknown rule codes (refused when the metadata is saved) are skipped.</summary>
    public static GovernancePlan For(ResourceMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var items = new List<ItemGovernance>();
        foreach (var item in metadata.Items.Where(i => i.DataType == ItemDataType.Text))
        {
            var rules = new List<ItemRule>(DataElementStandards.Find(item.DataElement)?.Rules ?? []);
            foreach (var own in item.Rules ?? [])
            {
                var existing = rules.FindIndex(r => string.Equals(r.Rule, own.Rule, StringComparison.Ordinal));
                if (existing >= 0)
                {
                    rules[existing] = own;
                }
                else
                {
                    rules.Add(own);
                }
            }
            var resolved = rules.Select(r => (Rule: RuleLibrary.Find(r.Rule), r.Severity)).Where(r => r.Rule is not null).ToList();
            if (resolved.Count > 0)
            {
                items.Add(new ItemGovernance(item.Name,
                    [.. resolved.Where(r => r.Rule!.Kind == ValueRuleKind.Standardizer).Select(r => r.Rule!)],
                    [.. resolved.Where(r => r.Rule!.Kind == ValueRuleKind.Validator).Select(r => (r.Rule!, r.Severity))]));
            }
        }
        return new GovernancePlan(items, metadata.QualityRules);
    }

    /// <summary>The rules of an item, or null when it has none.</summary>
    public ItemGovernance? ItemRules(string item) => Items.FirstOrDefault(i => string.Equals(i.Item, item, StringComparison.Ordinal));
}
