namespace Zhongyuan.Governance;

/// <summary>
/// A standardisation or validation rule on an information item, chosen from <see cref="RuleLibrary"/> by its code
/// (e.g. <c>id_number</c>, <c>full_width</c>).
/// </summary>
/// <param name="Rule">The rule's code in <see cref="RuleLibrary"/>.</param>
/// <param name="Severity">For a validator, whether a failure rejects the row or flags it; ignored for a standardiser.</param>
public sealed record ItemRule(string Rule, RuleSeverity Severity = RuleSeverity.Error);
