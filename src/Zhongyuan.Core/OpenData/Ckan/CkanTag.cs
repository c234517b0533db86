namespace Zhongyuan.OpenData.Ckan;

/// <summary>A CKAN tag: a free keyword of a resource.</summary>
/// <param name="Id">The id, equal to the name.</param>
/// <param name="Name">The keyword.</param>
/// <param name="DisplayName">The keyword again.</param>
/// <param name="State">Always <c>active</c>.</param>
/// <param name="VocabularyId">Always null (free tags).</param>
public sealed record CkanTag(string Id, string Name, string DisplayName, string State = "active", string? VocabularyId = null);
