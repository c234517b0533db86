namespace Zhongyuan.Sharing;

/// <summary>A page of share requests and how many match in all.</summary>
/// <param name="Items">The page, newest first.</param>
/// <param name="Total">Matching requests across all pages.</param>
public sealed record ShareRequestPage(IReadOnlyList<ShareRequest> Items, long Total);
