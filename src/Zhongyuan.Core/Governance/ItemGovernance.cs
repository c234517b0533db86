namespace Zhongyuan.Governance;

/// <summary>The rules that apply to one information item: those of its data-element standard, then its own.</summary>
/// <param name="Item">The item's name.</param>
/// <param name="Standardizers">Standardisers, in the order they run.</param>
/// <param name="Validators">Validators with the severity that applies to this item.</param>
public sealed record ItemGovernance(string Item, IReadOnlyList<ValueRule> Standardizers, IReadOnlyList<(ValueRule Rule, RuleSeverity Severity)> Validators)
{
    /// <summary>The validators of one severity.</summary>
    public IReadOnlyList<ValueRule> ValidatorsOf(RuleSeverity severity) => [.. Validators.Where(v => v.Severity == severity).Select(v => v.Rule)];
}
