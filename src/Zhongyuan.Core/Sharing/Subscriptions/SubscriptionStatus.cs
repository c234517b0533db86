using Zhongyuan.Localization;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>The state of a subscription.</summary>
public enum SubscriptionStatus
{
    /// <summary>Delivering (or waiting for the next version).</summary>
    [Label("正常", "Active")] Active,

    /// <summary>A webhook delivery failed its maximum number of attempts; nothing is sent until a redelivery is triggered.</summary>
    [Label("投递失败", "Failing")] Failing,
}
