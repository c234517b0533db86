using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>Whether a value rule rewrites values or judges them.</summary>
public enum ValueRuleKind
{
    /// <summary>Rewrites a value into its standard form (标准化); every changed value is counted.</summary>
    [Label("标准化", "Standardiser")] Standardizer,

    /// <summary>Judges a value (校验): a failure rejects or flags the row, by the rule's severity.</summary>
    [Label("校验", "Validator")] Validator,
}
