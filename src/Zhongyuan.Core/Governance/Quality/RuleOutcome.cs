using Zhongyuan.Localization;

namespace Zhongyuan.Governance.Quality;

/// <summary>What one rule found in a version.</summary>
/// <param name="Index">The rule's number within the assessment; failing rows refer to it.</param>
/// <param name="Rule">The rule's code: a validator of <see cref="RuleLibrary"/>, a <see cref="CrossRuleKind"/> in camelCase, or <c>key</c>.</param>
/// <param name="Dimension">The score it counts against.</param>
/// <param name="Items">The items it reads.</param>
/// <param name="Label">What users read.</param>
/// <param name="FailedRows">Rows that fail it.</param>
/// <param name="Available">False when it could not run (e.g. the resource it compares with has no data yet); then it counts for nothing.</param>
public sealed record RuleOutcome(int Index, string Rule, QualityDimension Dimension, IReadOnlyList<string> Items, LocalizedText Label, long FailedRows, bool Available = true);
