namespace Zhongyuan.Server.Api;

/// <summary>A new subscription: <c>mode</c> <c>pull</c> or <c>webhook</c>; <c>url</c> for a webhook (https).</summary>
internal sealed record SubscriptionRequest(string? Mode, string? Url);
