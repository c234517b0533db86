namespace Zhongyuan.Search;

/// <summary>One value of a facet with the number of matching resources that carry it.</summary>
/// <param name="Value">The value as used in a filter, e.g. <c>conditional</c>, <c>101</c> or a department id.</param>
/// <param name="Label">What users see, in Chinese: the enum label, the provider's name, the classification item name.</param>
/// <param name="Count">The number of matching resources with this value.</param>
public sealed record FacetValue(string Value, string Label, int Count);
