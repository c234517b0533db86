namespace Zhongyuan.Community;

/// <summary>A page of a list and the number of all matches.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The page.</param>
/// <param name="Total">All matching items.</param>
public sealed record CommunityPage<T>(IReadOnlyList<T> Items, long Total);
