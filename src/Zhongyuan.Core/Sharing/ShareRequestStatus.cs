using Zhongyuan.Localization;

namespace Zhongyuan.Sharing;

/// <summary>The state of a share request (共享申请).</summary>
public enum ShareRequestStatus
{
    /// <summary>Waiting for the provider's answer.</summary>
    [Label("待审核", "Pending")] Pending,

    /// <summary>Answered with a grant (or granted at once for 无条件共享).</summary>
    [Label("已批准", "Approved")] Approved,

    /// <summary>Refused with a reason.</summary>
    [Label("已拒绝", "Refused")] Refused,
}
