using Zhongyuan.Localization;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>How a subscriber receives change sets.</summary>
public enum SubscriptionMode
{
    /// <summary>The application asks for them (<c>GET /api/v1/subscriptions/{id}/changes</c>).</summary>
    [Label("拉取", "Pull")] Pull,

    /// <summary>The platform POSTs them to the application's URL, signed with HMAC-SM3.</summary>
    [Label("推送", "Webhook")] Webhook,
}
