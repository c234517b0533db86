namespace Zhongyuan.Developers;

/// <summary>A developer's application (申请) to use a 有条件开放 resource.</summary>
/// <param name="ResourceCode">The published resource whose open type is 有条件开放.</param>
/// <param name="Purpose">用途, required, at most 1000 characters: the data may be used for nothing else.</param>
/// <param name="Items">The items needed; null or empty for every shareable item.</param>
public sealed record DeveloperApplication(string? ResourceCode, string? Purpose, IReadOnlyList<string>? Items);
