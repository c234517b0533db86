namespace Zhongyuan.Sharing;

/// <summary>A grant with its history, oldest event first.</summary>
/// <param name="Grant">The grant.</param>
/// <param name="Events">Its changes.</param>
public sealed record GrantDetail(Grant Grant, IReadOnlyList<GrantEvent> Events);
