namespace Zhongyuan.Identity;

/// <summary>A page of accounts ordered by username, and how many match in all.</summary>
/// <param name="Items">The accounts.</param>
/// <param name="Total">All matching accounts.</param>
public sealed record UserPage(IReadOnlyList<UserAccount> Items, long Total);
