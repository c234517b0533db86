namespace Zhongyuan.Ingest.Conversion;

/// <summary>
/// How one item type is converted in SQL. Every function takes a SQL expression and returns one; none
/// sees user text other than through the expression it is given.
/// </summary>
/// <param name="Parse">From the cleaned, non-marker text to a parsed value, NULL when the text does not parse.</param>
/// <param name="Final">From the parsed value to the stored type.</param>
/// <param name="ParseReason">The reject reason when <paramref name="Parse"/> yields NULL.</param>
/// <param name="InRange">A predicate on a parsed value that must hold (length, date range); null when any parsed value is fine.</param>
/// <param name="RangeReason">The reject reason when <paramref name="InRange"/> is false.</param>
internal sealed record ConversionRule(
    Func<string, string> Parse,
    Func<string, string> Final,
    string ParseReason,
    Func<string, string>? InRange = null,
    string? RangeReason = null);
