namespace Zhongyuan.Server.Api;

/// <summary>A page of share requests or grants.</summary>
/// <param name="Items">The page, newest first.</param>
/// <param name="Total">Matching across all pages.</param>
/// <param name="Limit">Page size.</param>
/// <param name="Offset">Skipped.</param>
internal sealed record SharingPageBody<T>(IReadOnlyList<T> Items, long Total, int Limit, int Offset);
