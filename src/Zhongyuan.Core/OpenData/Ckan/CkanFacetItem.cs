namespace Zhongyuan.OpenData.Ckan;

/// <summary>One value of a facet.</summary>
/// <param name="Name">The value as used in <c>fq</c> (e.g. an organization name).</param>
/// <param name="DisplayName">What users see (e.g. the department's title).</param>
/// <param name="Count">Matching packages with that value.</param>
public sealed record CkanFacetItem(string Name, string DisplayName, int Count);
