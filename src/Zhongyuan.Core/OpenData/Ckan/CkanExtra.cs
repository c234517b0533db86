namespace Zhongyuan.OpenData.Ckan;

/// <summary>A CKAN extra: a catalog field CKAN has no place for.</summary>
/// <param name="Key">The field name (English, snake_case).</param>
/// <param name="Value">Its value as text.</param>
public sealed record CkanExtra(string Key, string Value);
