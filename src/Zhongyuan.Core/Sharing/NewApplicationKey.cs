namespace Zhongyuan.Sharing;

/// <summary>A key just created: the listed form and the key in clear, the only time it is seen.</summary>
/// <param name="Key">The listed form.</param>
/// <param name="Secret">The key, <c>zya_…</c>; send it as <c>Authorization: Bearer zya_…</c>.</param>
public sealed record NewApplicationKey(ApplicationKey Key, string Secret);
