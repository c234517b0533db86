using Zhongyuan.Localization;

namespace Zhongyuan.Sharing.Subscriptions;

/// <summary>The result of one webhook attempt.</summary>
public enum DeliveryStatus
{
    /// <summary>The receiver answered 2xx.</summary>
    [Label("已送达", "Delivered")] Delivered,

    /// <summary>The receiver answered otherwise, or could not be reached, or the grant did not allow the delivery.</summary>
    [Label("失败", "Failed")] Failed,

    /// <summary>Not attempted because the grant's daily quota is used up; retried after midnight China time without counting as an attempt.</summary>
    [Label("推迟", "Deferred")] Deferred,
}
