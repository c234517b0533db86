using Zhongyuan.Localization;

namespace Zhongyuan.Governance;

/// <summary>
/// One rule of <see cref="RuleLibrary"/>. A standardiser has <see cref="Standardize"/>, which returns the same string
/// instance when the value is already standard (so changes are counted by reference); a validator has
/// <see cref="Check"/>, which returns null for a good value or the code of the failure (see <see cref="RuleLibrary.Message"/>).
/// Both are pure and thread-safe: DuckDB calls them from several threads at once.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>id_number</c>.</param>
/// <param name="Kind">Standardiser or validator.</param>
/// <param name="Label">What users read.</param>
/// <param name="Standardize">The rewrite of a standardiser.</param>
/// <param name="Check">The check of a validator: the value and today's date (for "not in the future") to a failure code or null.</param>
/// <param name="MayChange">
/// For a standardiser, an RE2 pattern that every value it would change contains (a value without a match is left as
/// it is), so a load calls it only on the values that may need it; null when there is no such pattern.
/// </param>
/// <param name="StandardShape">For a standardiser, an RE2 pattern whose full matches it leaves as they are; null when none.</param>
public sealed record ValueRule(
    string Code,
    ValueRuleKind Kind,
    LocalizedText Label,
    Func<string, string>? Standardize = null,
    Func<string, DateOnly, string?>? Check = null,
    string? MayChange = null,
    string? StandardShape = null);
